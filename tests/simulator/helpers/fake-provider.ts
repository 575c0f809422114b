import { createServer } from "node:https";
import forge from "node-forge";
import { issueLeaf, selfSignedAuthority } from "../../../simulator/tls-authority";

export interface FakeProvider {
  url: string;
  /** Base64 DER of the server certificate and of its root, as the engine lists them. */
  leaf: string;
  root: string;
  stop: () => Promise<void>;
}

/** An HTTPS server on 127.0.0.1 standing for a provider; answers every request with `status`. */
export async function startFakeProvider(status: number): Promise<FakeProvider> {
  const root = selfSignedAuthority("Fake Provider Root");
  const rootCertificate = forge.pki.certificateFromPem(root.certificatePem);
  const leaf = issueLeaf("127.0.0.1", rootCertificate, root.privateKeyPem, [
    { type: 7, ip: "127.0.0.1" },
  ]);
  const server = createServer(
    { cert: `${leaf.certificatePem}${root.certificatePem}`, key: leaf.privateKeyPem },
    (_request, response) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end("{}");
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const der = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
  return {
    url: `https://127.0.0.1:${port}`,
    leaf: der(leaf.certificatePem),
    root: der(root.certificatePem),
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
