import { Agent } from "node:https";

import type { Logger } from "../logger";
import type { ResolvedEngineConnection } from "./engine-connection";

/**
 * The HTTPS agent of one engine client: keep-alive connections (the engine's TLS handshake costs
 * more than most of its answers), at most as many sockets as the request bound, and TLS verified
 * against the system store plus the given CA unless the user opted out.
 */
export function createEngineAgent(connection: ResolvedEngineConnection, logger: Logger): Agent {
  if (connection.insecure) {
    logger.warn(
      `TLS verification is off for oVirt engine ${connection.engineUrl} (insecure: true): ` +
        "anyone on the network path can read or change what is sent, credentials included. " +
        "Give the engine's CA as caFile or caPem instead.",
    );
  }

  return new Agent({
    keepAlive: true,
    maxSockets: connection.maxConcurrentRequests,
    rejectUnauthorized: !connection.insecure,
    ...(connection.certificateAuthorities === undefined
      ? {}
      : { ca: connection.certificateAuthorities }),
  });
}
