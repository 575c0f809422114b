/** One request as the simulator saw it. */
export interface LoggedRequest {
  method: string;
  /** Path without the query, e.g. `/ovirt-engine/api/openstacknetworkproviders`. */
  path: string;
  /** Path relative to the API root (`/openstacknetworkproviders`), when under the API. */
  apiPath?: string;
  query: Record<string, string>;
  /** HTTP status sent; undefined when the connection was dropped or the request stalled. */
  status?: number;
  /** Epoch milliseconds when the request arrived. */
  startedAt: number;
  durationMs?: number;
  correlationId?: string;
  /** Set when fault injection decided the answer: "status", "drop", "stall", "busy", ... */
  injected?: string;
}

const API_ROOT = "/ovirt-engine/api";

/**
 * Every request the simulator received, in arrival order, with counters per method and path, so
 * tests and benchmarks can count what a client sent. Paths may be given in full or relative to
 * the API root; `/v4` in the path is ignored for counting.
 */
export class SimulatorRequestLog {
  private readonly logged: LoggedRequest[] = [];

  /** @internal Called by the server when a request arrives; the entry is completed later. */
  start(method: string, path: string, query: Record<string, string>): LoggedRequest {
    const apiPath = apiRelativePath(path);
    const entry: LoggedRequest = { method, path, query, startedAt: Date.now() };
    if (apiPath !== undefined) entry.apiPath = apiPath;
    this.logged.push(entry);
    return entry;
  }

  /** @internal */
  finish(entry: LoggedRequest, status: number | undefined): void {
    if (status !== undefined) entry.status = status;
    entry.durationMs = Date.now() - entry.startedAt;
  }

  /** All requests so far, oldest first. */
  entries(): readonly LoggedRequest[] {
    return [...this.logged];
  }

  /** Requests matching a method (any when omitted) and a path (full or API-relative). */
  count(method?: string, path?: string): number {
    return this.logged.filter((entry) => matches(entry, method, path)).length;
  }

  /** Counters keyed `"METHOD path"` with API-relative paths where possible. */
  counters(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const entry of this.logged) {
      const key = `${entry.method} ${entry.apiPath ?? entry.path}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  clear(): void {
    this.logged.length = 0;
  }
}

function matches(entry: LoggedRequest, method?: string, path?: string): boolean {
  if (method !== undefined && entry.method !== method.toUpperCase()) return false;
  if (path === undefined) return true;
  return (
    entry.path === path ||
    (entry.apiPath !== undefined &&
      (entry.apiPath === path || entry.apiPath === apiRelativePath(path)))
  );
}

/** `/ovirt-engine/api[/v4]/x/y` -> `/x/y`; the root itself -> `/`; other paths -> undefined. */
export function apiRelativePath(path: string): string | undefined {
  if (path !== API_ROOT && !path.startsWith(`${API_ROOT}/`)) return undefined;
  let rest = path.slice(API_ROOT.length);
  if (rest === "/v4" || rest.startsWith("/v4/")) rest = rest.slice(3);
  rest = rest.replace(/\/+$/, "");
  return rest === "" ? "/" : rest;
}
