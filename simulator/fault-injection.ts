import { apiRelativePath } from "./request-log";

/** How a scripted request fails. */
export type ScriptedFailure =
  /**
   * Answer this status without running the request, shaped as the engine or its proxy would:
   * 401 is the authentication filter's page with its challenge, 404 has an empty body, 502 to
   * 504 are the proxy's HTML page, anything else is a fault (`reason`, `detail`).
   */
  | { kind: "status"; status: number; reason?: string; detail?: string }
  /** Close the connection without an answer, before the engine does anything. */
  | { kind: "drop" }
  /** Run the request (it takes effect), then close the connection instead of answering. */
  | { kind: "drop-after-processing" }
  /** Hold the request without an answer for `ms` (then drop it), or until the simulator stops. */
  | { kind: "stall"; ms?: number };

export interface FaultRule {
  /** HTTP method to match; any when omitted. */
  method?: string;
  /** Full path or API-relative path (`/openstacknetworkproviders`), or a RegExp on either. */
  path: string | RegExp;
  failure: ScriptedFailure;
  /** How many matching requests fail; default 1; `Infinity` for every one. */
  times?: number;
}

export interface FaultInjectionOptions {
  /** Added before every answer, in milliseconds. @default 0 */
  latencyMs?: number;
  /** Requests served at once; more get 503 as a busy proxy would answer. @default unbounded */
  maxConcurrentRequests?: number;
  /** Failures scripted from the start. */
  rules?: FaultRule[];
}

/**
 * Changes how the simulator misbehaves, at run time: latency, a bound on concurrent requests,
 * scripted failures by method and path, and expiry of every SSO token issued so far.
 */
export class FaultInjector {
  latencyMs: number;
  maxConcurrentRequests: number | undefined;
  private readonly rules: Required<FaultRule>[] = [];

  constructor(
    options: FaultInjectionOptions,
    private readonly expireSessions: () => void,
  ) {
    this.latencyMs = options.latencyMs ?? 0;
    this.maxConcurrentRequests = options.maxConcurrentRequests;
    for (const rule of options.rules ?? []) this.add(rule);
  }

  /** Scripts a failure; the oldest matching rule with uses left wins. */
  add(rule: FaultRule): void {
    this.rules.push({ ...rule, method: rule.method ?? "", times: rule.times ?? 1 });
  }

  /** Shorthand: the next `times` requests matching method and path fail with `failure`. */
  failNext(method: string, path: string | RegExp, failure: ScriptedFailure, times = 1): void {
    this.add({ method, path, failure, times });
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  setMaxConcurrentRequests(limit: number | undefined): void {
    this.maxConcurrentRequests = limit;
  }

  /** Every token and session issued so far stops working; the next API call gets 401. */
  expireTokens(): void {
    this.expireSessions();
  }

  /** Forgets scripted failures (latency and the concurrency bound stay). */
  clear(): void {
    this.rules.length = 0;
  }

  /** Scripted failures with uses left. */
  pending(): readonly FaultRule[] {
    return this.rules.filter((rule) => rule.times > 0);
  }

  /** @internal Takes one use of the first rule matching the request, if any. */
  take(method: string, path: string): ScriptedFailure | undefined {
    const apiPath = apiRelativePath(path);
    const rule = this.rules.find(
      (candidate) =>
        candidate.times > 0 &&
        (candidate.method === "" || candidate.method.toUpperCase() === method) &&
        pathMatches(candidate.path, path, apiPath),
    );
    if (rule === undefined) return undefined;
    rule.times -= 1;
    return rule.failure;
  }
}

function pathMatches(pattern: string | RegExp, path: string, apiPath: string | undefined) {
  if (typeof pattern === "string") {
    return (
      pattern === path ||
      (apiPath !== undefined && (pattern === apiPath || apiRelativePath(pattern) === apiPath))
    );
  }
  return pattern.test(path) || (apiPath !== undefined && pattern.test(apiPath));
}
