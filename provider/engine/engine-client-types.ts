import type { Agent } from "node:https";

import type { Logger } from "../logger";
import type { EngineVersion } from "./engine-version";
import type { RetryPolicy } from "./retry-policy";

/** The part of fetch the client uses; node-fetch 2 fits, and so does a test double. */
export interface EngineFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Honoured by node-fetch; other fetch implementations may ignore it. */
  agent?: Agent;
  signal?: AbortSignal;
}

export interface EngineFetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type EngineFetch = (url: string, init: EngineFetchInit) => Promise<EngineFetchResponse>;

export interface EngineRequestOptions {
  /** Query parameters, e.g. `{ search: "name=ovn1" }`. */
  query?: Record<string, string>;
  /** Overrides the connection's timeout for this call, in milliseconds. */
  timeoutMs?: number;
}

/**
 * Every request to one engine goes through this. Each method takes a path relative to the API
 * root (`/openstacknetworkproviders/abc`); an engine `href` (`/ovirt-engine/api/...`) works too.
 * It resolves to the parsed JSON answer, or undefined when the engine sent no body, and rejects
 * with an EngineError (recognise it with isEngineError) or, when the login fails, an
 * EngineLoginError.
 */
export interface EngineClient {
  /** The normalised API root, ending in `/ovirt-engine/api`. */
  readonly apiUrl: string;
  /** Retried on resets, timeouts and 502/503/504. */
  get(path: string, options?: EngineRequestOptions): Promise<unknown>;
  /**
   * Never retried. When its answer is lost (isAnswerLost), the engine may have carried it out:
   * look the object up before sending it again.
   */
  post(path: string, body: unknown, options?: EngineRequestOptions): Promise<unknown>;
  /** Retried on resets, timeouts and 502/503/504. */
  put(path: string, body: unknown, options?: EngineRequestOptions): Promise<unknown>;
  /** Retried on resets, timeouts and 502/503/504. */
  delete(path: string, options?: EngineRequestOptions): Promise<unknown>;
  /** From `product_info.version` of the API root; read once per client, then cached. */
  engineVersion(): Promise<EngineVersion>;
}

export interface EngineClientOptions {
  /** @default node-fetch 2 */
  fetch?: EngineFetch;
  /**
   * Receives the TLS opt-out warning and debug lines, never a secret.
   * @default defaultLogger from provider/logger
   */
  logger?: Logger;
  /** Retry bounds for GET, PUT, DELETE and the login; unset fields keep their defaults. */
  retry?: Partial<RetryPolicy>;
  /** @internal Jitter source, for tests. */
  random?: () => number;
  /** @internal Waits between retries, for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** @internal Clock in epoch milliseconds, for tests of token expiry. */
  now?: () => number;
}
