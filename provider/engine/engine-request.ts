import { newCorrelationId } from "./correlation-id";
import { requestBodySecrets } from "./request-body-secrets";

/**
 * One REST call, resolved once and reused by every attempt: the same URL, body and correlation
 * id go out on each retry, so the engine log shows the attempts together.
 */
export interface EngineRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Relative to the API root, as errors show it: `/` for the root itself. */
  path: string;
  url: string;
  /** The JSON text sent, when there is a body. */
  body?: string;
  /** The secrets in that body, to hide from any answer text an error keeps. */
  bodySecrets: string[];
  correlationId: string;
  timeoutMs: number;
}

export interface EngineRequestInput {
  apiUrl: string;
  method: EngineRequest["method"];
  path: string;
  body: unknown;
  query?: Record<string, string>;
  timeoutMs: number;
}

export function prepareEngineRequest(input: EngineRequestInput): EngineRequest {
  const relative = relativeApiPath(input.apiUrl, input.path);
  const query = new URLSearchParams(input.query ?? {}).toString();
  const separator = relative.includes("?") ? "&" : "?";

  return {
    method: input.method,
    path: relative === "" ? "/" : relative,
    url: `${input.apiUrl}${relative}${query === "" ? "" : `${separator}${query}`}`,
    ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
    bodySecrets: requestBodySecrets(input.body),
    correlationId: newCorrelationId(),
    timeoutMs: input.timeoutMs,
  };
}

/**
 * `path` as a suffix of the API root: "" for the root, otherwise "/...". An engine `href`
 * (`/ovirt-engine/api/...`) loses its prefix, so callers can follow links as the engine gives them.
 */
export function relativeApiPath(apiUrl: string, path: string): string {
  const apiPathname = new URL(apiUrl).pathname;
  const trimmed = path.trim();
  const withoutPrefix =
    trimmed === apiPathname || trimmed.startsWith(`${apiPathname}/`)
      ? trimmed.slice(apiPathname.length)
      : trimmed;
  const rooted = withoutPrefix.startsWith("/") ? withoutPrefix : `/${withoutPrefix}`;

  return rooted === "/" ? "" : rooted;
}

/** The headers of every REST call (engine-api.md section 5.4). */
export function engineRequestHeaders(
  request: EngineRequest,
  accessToken: string,
): Record<string, string> {
  return {
    Accept: "application/json",
    "Content-Type": "application/json",
    Version: "4",
    "Correlation-Id": request.correlationId,
    Authorization: `Bearer ${accessToken}`,
  };
}
