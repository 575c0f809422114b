/**
 * The fingerprint to pin for a provider URL, learnt the way an admin learns it: from the chain
 * the engine itself fetches from that URL (a provider's `certificates` list), since the simulated
 * hosts exist only inside the simulator. A throwaway network provider with that URL is seeded,
 * asked for its certificates and removed through the REST API again.
 */
import { createHash, randomUUID } from "node:crypto";
import { request } from "node:https";

import type { RunningSimulator } from "../../simulator";

/** Lower-case hex SHA-256 of the server certificate (the chain's first) that `url` presents. */
export async function presentedCertificateSha256(
  simulator: RunningSimulator,
  url: string,
): Promise<string> {
  const id = simulator.inventory.addProvider({
    kind: "EXTERNAL_NETWORK",
    name: `certificate-probe-${randomUUID()}`,
    url,
  });
  const providerPath = `/openstacknetworkproviders/${id}`;
  try {
    const answer = JSON.parse(await call(simulator, "GET", `${providerPath}/certificates`));
    const content = answer?.certificate?.[0]?.content;
    if (typeof content !== "string") {
      throw new Error(`the simulated engine lists no certificate for ${url}`);
    }
    return createHash("sha256").update(Buffer.from(content, "base64")).digest("hex");
  } finally {
    await call(simulator, "DELETE", providerPath);
  }
}

function call(simulator: RunningSimulator, method: string, path: string): Promise<string> {
  const login = Buffer.from(`${simulator.username}:${simulator.password}`).toString("base64");
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${simulator.apiUrl}${path}`,
      {
        method,
        ca: simulator.caCertificate,
        headers: { Accept: "application/json", Authorization: `Basic ${login}` },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          const status = incoming.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(body);
          else reject(new Error(`${method} ${path} answered ${status}: ${body}`));
        });
      },
    );
    outgoing.once("error", reject);
    outgoing.end();
  });
}
