import type { EngineStore } from "./store";
import type { TlsAuthority } from "./tls-authority";

export type EngineVersion = "4.3" | "4.4" | "4.5";

/** What every handler may consult: the engine's data, version and outside world. */
export interface EngineContext {
  version: EngineVersion;
  store: EngineStore;
  authority: TlsAuthority;
  /** Provider hosts (name or IP, or "*") that count as reachable without a real connection. */
  reachableHosts: readonly string[];
}
