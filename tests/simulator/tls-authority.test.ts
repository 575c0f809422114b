import { X509Certificate } from "node:crypto";
import test from "ava";
import { TlsAuthority } from "../../simulator/tls-authority";

test("the server certificate is signed by the CA and names the loopback addresses", (t) => {
  const authority = TlsAuthority.create();
  const ca = new X509Certificate(authority.caCertificatePem);
  const server = new X509Certificate(authority.issueServerCertificate().certificatePem);
  t.true(ca.ca);
  t.true(server.checkIssued(ca));
  t.true(server.verify(ca.publicKey));
  t.regex(server.subjectAltName ?? "", /IP Address:127\.0\.0\.1/);
  t.regex(server.subjectAltName ?? "", /DNS:localhost/);
});

test("a saved authority is the same CA after a restart", (t) => {
  const first = TlsAuthority.create();
  const again = TlsAuthority.create(structuredClone(first.state));
  t.is(again.caCertificatePem, first.caCertificatePem);
  const server = new X509Certificate(again.issueServerCertificate().certificatePem);
  t.true(server.verify(new X509Certificate(first.caCertificatePem).publicKey));
});
