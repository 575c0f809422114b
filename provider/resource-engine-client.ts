/**
 * The engine client a resource talks to: the engine its own `connection` argument names, or else
 * the stack's (config, then environment). getEngineClient keeps one client per engine and user,
 * so every resource of one engine shares its login, its request bound and its connections.
 */
import type { ResourceConnection } from "./connection-settings";
import { connectionSettingsFor } from "./connection-settings";
import type { EngineClient } from "./engine/engine-client";
import { getEngineClient } from "./engine/engine-client";
import { defaultLogger } from "./logger";

export function engineClientFor(connection: ResourceConnection | undefined): EngineClient {
  return getEngineClient(connectionSettingsFor(connection), { logger: defaultLogger });
}
