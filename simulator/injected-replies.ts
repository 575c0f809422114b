import type { ScriptedFailure } from "./fault-injection";
import type { RenderedReply } from "./reply-rendering";
import { errorPage } from "./reply-rendering";

// What a proxy in front of a saturated engine answers (Apache's own page, not an engine fault).
export function busyReply(): RenderedReply {
  return {
    status: 503,
    headers: { "Content-Type": "text/html", "Retry-After": "1" },
    body: errorPage(503, "Service Unavailable"),
  };
}

/** A scripted status, shaped as the engine or the proxy in front of it would answer it. */
export function scriptedReply(
  failure: Extract<ScriptedFailure, { kind: "status" }>,
): RenderedReply {
  if (failure.status === 401) {
    return {
      status: 401,
      headers: {
        "Content-Type": "text/html;charset=UTF-8",
        "WWW-Authenticate": 'Basic realm="RESTAPI"',
      },
      body: errorPage(401, "Unauthorized"),
    };
  }
  if (failure.status === 404) return { status: 404, headers: {}, body: "" };
  if (failure.status >= 502 && failure.status <= 504) {
    return {
      status: failure.status,
      headers: { "Content-Type": "text/html" },
      body: errorPage(failure.status, "Proxy Error"),
    };
  }
  const body = {
    detail: failure.detail ?? "[Injected failure]",
    reason: failure.reason ?? "Operation Failed",
  };
  return {
    status: failure.status,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
}
