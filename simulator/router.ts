import type { RouteHandler } from "./api-request";

interface Route {
  method: string;
  pattern: string[];
  handler: RouteHandler;
}

export type RouteMatch =
  | { kind: "found"; handler: RouteHandler; params: Record<string, string> }
  | { kind: "method-not-allowed" }
  | { kind: "not-found" };

/**
 * Matches API-relative paths such as `openstacknetworkproviders/:providerId/networks` against
 * registered routes. Literal segments beat parameters, so `…/importcertificates` is never
 * taken for an id.
 */
export class ApiRouter {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler): void {
    this.routes.push({ method, pattern: pattern.split("/").filter(Boolean), handler });
  }

  resolve(method: string, segments: readonly string[]): RouteMatch {
    let pathMatched = false;
    let best: { route: Route; params: Record<string, string>; literals: number } | undefined;
    for (const route of this.routes) {
      const params = matchPattern(route.pattern, segments);
      if (params === undefined) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const literals = route.pattern.filter((part) => !part.startsWith(":")).length;
      if (best === undefined || literals > best.literals) best = { route, params, literals };
    }
    if (best !== undefined)
      return { kind: "found", handler: best.route.handler, params: best.params };
    return pathMatched ? { kind: "method-not-allowed" } : { kind: "not-found" };
  }
}

function matchPattern(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const part = pattern[index] as string;
    const segment = segments[index] as string;
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
