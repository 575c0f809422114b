import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import forge from "node-forge";

/** A certificate and its private key, both PEM. */
export interface KeyedCertificate {
  certificatePem: string;
  privateKeyPem: string;
}

/** What a restart needs to keep the same CA (so clients holding the CA file keep trusting it). */
export interface TlsAuthorityState {
  ca: KeyedCertificate;
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

let processAuthority: TlsAuthority | undefined;

/**
 * The simulator's own certificate authority: it signs the server certificate for 127.0.0.1 and
 * localhost, and the stand-in chains presented by provider hosts that cannot really be reached.
 * Keys come from node:crypto (native, fast); node-forge builds and signs the certificates.
 */
export class TlsAuthority {
  private readonly caCertificate: forge.pki.Certificate;

  private constructor(readonly state: TlsAuthorityState) {
    this.caCertificate = forge.pki.certificateFromPem(state.ca.certificatePem);
  }

  private serverCertificate: KeyedCertificate | undefined;

  /**
   * The CA a previous run saved, or else one CA shared by every simulator of this process:
   * key generation is the slowest part of a start, and tests start many simulators.
   */
  static create(saved?: TlsAuthorityState): TlsAuthority {
    if (saved !== undefined) return new TlsAuthority(saved);
    processAuthority ??= new TlsAuthority({ ca: selfSignedAuthority("oVirt Engine Simulator CA") });
    return processAuthority;
  }

  get caCertificatePem(): string {
    return this.state.ca.certificatePem;
  }

  /** The HTTPS server's certificate, valid for 127.0.0.1, ::1 and localhost. */
  issueServerCertificate(): KeyedCertificate {
    this.serverCertificate ??= issueLeaf(
      "127.0.0.1",
      this.caCertificate,
      this.state.ca.privateKeyPem,
      [
        { type: 7, ip: "127.0.0.1" },
        { type: 7, ip: "::1" },
        { type: 2, value: "localhost" },
      ],
    );
    return this.serverCertificate;
  }
}

/** A self-signed CA certificate with a fresh key. */
export function selfSignedAuthority(commonName: string): KeyedCertificate {
  const { publicKey, privateKeyPem } = newRsaKey();
  const certificate = baseCertificate(publicKey, [{ name: "commonName", value: commonName }]);
  certificate.setIssuer(certificate.subject.attributes);
  certificate.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  signCertificate(certificate, privateKeyPem);
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKeyPem };
}

/** A server certificate for `commonName`, signed by the given CA. */
export function issueLeaf(
  commonName: string,
  issuer: forge.pki.Certificate,
  issuerKeyPem: string,
  altNames: Array<{ type: number; ip?: string; value?: string }>,
): KeyedCertificate {
  const { publicKey, privateKeyPem } = newRsaKey();
  const certificate = baseCertificate(publicKey, [{ name: "commonName", value: commonName }]);
  certificate.setIssuer(issuer.subject.attributes);
  certificate.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames },
  ]);
  signCertificate(certificate, issuerKeyPem);
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKeyPem };
}

function newRsaKey() {
  const { privateKey: pem, publicKey: publicPem } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  return { publicKey: forge.pki.publicKeyFromPem(publicPem), privateKeyPem: pem };
}

/**
 * Signs with SHA-256 and RSA through node:crypto: forge builds the TBSCertificate, but its
 * pure-JavaScript RSA is several times slower than the native one and starts run often.
 */
function signCertificate(certificate: forge.pki.Certificate, privateKeyPem: string): void {
  // The TBSCertificate names the signature algorithm, so set it before encoding.
  certificate.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption as string;
  const toBeSigned = forge.asn1.toDer(tbsCertificate(certificate)).getBytes();
  const signature = sign("sha256", Buffer.from(toBeSigned, "binary"), privateKeyPem);
  // forge's sign() fills signatureOid, md, tbsCertificate and signature; handed a signer that
  // returns the native signature, it leaves the certificate as if forge had signed it.
  certificate.sign(
    { sign: () => signature.toString("binary") } as unknown as forge.pki.rsa.PrivateKey,
    forge.md.sha256.create(),
  );
}

function baseCertificate(publicKey: forge.pki.PublicKey, subject: forge.pki.CertificateField[]) {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  // A positive serial: the top bit cleared so DER does not read it as negative.
  certificate.serialNumber = `01${randomBytes(15).toString("hex")}`;
  certificate.validity.notBefore = new Date(Date.now() - ONE_DAY_MS);
  certificate.validity.notAfter = new Date(Date.now() + 3650 * ONE_DAY_MS);
  certificate.setSubject(subject);
  return certificate;
}

// Present in node-forge's x509 module but missing from its type definitions.
function tbsCertificate(certificate: forge.pki.Certificate): forge.asn1.Asn1 {
  const pki = forge.pki as unknown as {
    getTBSCertificate(certificate: forge.pki.Certificate): forge.asn1.Asn1;
  };
  return pki.getTBSCertificate(certificate);
}
