import { createServer } from "node:https";
import type { AddressInfo } from "node:net";

import type { TestCertificates } from "./mint-test-certificates";

/** A real HTTPS server on 127.0.0.1 that answers an SSO login and the API root, nothing else. */
export interface HttpsEngine {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** TCP connections accepted so far. */
  connections(): number;
  stop(): Promise<void>;
}

export const httpsEngineRoot = {
  product_info: {
    name: "oVirt Engine",
    version: { major: "4", minor: "4", build: "10", revision: "7" },
  },
};

export async function startHttpsEngine(certificates: TestCertificates): Promise<HttpsEngine> {
  let connections = 0;
  const server = createServer(
    { key: certificates.serverKeyPem, cert: certificates.serverCertificatePem },
    (request, response) => {
      request.resume();
      request.on("end", () => {
        const login = request.method === "POST" && request.url === "/ovirt-engine/sso/oauth/token";
        const root = request.method === "GET" && request.url === "/ovirt-engine/api";
        const body = login
          ? { access_token: "tls-token", exp: "9223372036854775807" }
          : httpsEngineRoot;

        response.writeHead(login || root ? 200 : 404, { "Content-Type": "application/json" });
        response.end(login || root ? JSON.stringify(body) : "");
      });
    },
  );
  server.on("connection", () => {
    connections += 1;
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `https://127.0.0.1:${port}`,
    connections: () => connections,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
