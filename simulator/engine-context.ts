import type { EngineStore } from "./store";
import type { TlsAuthority } from "./tls-authority";

export type EngineVersion = "4.3" | "4.4" | "4.5";

/** What every handler may consult: the engine's data, version and outside world. */
export interface EngineContext {
  version: EngineVersion;
  store: EngineStore;
  authority: TlsAuthority;
  /** Provider hosts that count as reachable without a real connection. */
  reachableHosts: readonly ReachableHost[];
}

/**
 * A provider host the simulator pretends to reach: a name or IP ("*" for every host), or an
 * object that also sets the credentials the provider accepts (others fail authentication).
 */
export type ReachableHost = string | { host: string; username?: string; password?: string };
