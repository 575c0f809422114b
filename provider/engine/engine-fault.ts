/**
 * Reads the engine's explanation out of a failed answer.
 *
 * A fault is `{"reason": "...", "detail": "..."}`; failed actions wrap it as `{"fault": {...}}`.
 * Backend validation failures put a Java list in `detail`, brackets included
 * ("[Cannot add provider. ...]"), which reads badly in a Pulumi error, so they are removed.
 * 404 and 401 answers carry no fault at all (engine-api.md section 5.2).
 *
 * The text goes into error messages, and it is not always the engine's: a proxy or load balancer
 * in front of it may answer instead and echo the request, Authorization header included. So the
 * secrets the request carried (token, engine password, and the passwords and Ceph key values in
 * its body) are hidden before anything is kept, and before any shortening, which could otherwise
 * cut a secret in two and leave half of it readable.
 */
import { hideSecrets } from "./secret-text";

export interface EngineFault {
  reason?: string;
  detail?: string;
}

/** Longest piece of a plain-text answer kept as the detail. */
const plainTextLimit = 300;

/** The fault in an answer body, without `secrets`; empty when the body holds none. */
export function readEngineFault(body: string, secrets: readonly string[] = []): EngineFault {
  const { reason, detail, plain } = readFault(body);
  const fault: EngineFault = {};

  if (reason !== undefined) {
    fault.reason = hideSecrets(reason, secrets);
  }

  if (detail !== undefined) {
    const hidden = hideSecrets(detail, secrets);
    fault.detail = plain === true ? shorten(hidden) : hidden;
  }

  return fault;
}

function readFault(body: string): EngineFault & { plain?: boolean } {
  const text = body.trim();

  if (text === "") {
    return {};
  }

  if (text.startsWith("{")) {
    return faultFromJson(text);
  }

  // An HTML error page (401, an unsupported Version, a proxy) says nothing the status does not.
  if (text.startsWith("<")) {
    return {};
  }

  return { detail: text, plain: true };
}

function faultFromJson(text: string): EngineFault {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }

  if (typeof parsed !== "object" || parsed === null) {
    return {};
  }

  const record = parsed as Record<string, unknown>;
  const fault = typeof record.fault === "object" && record.fault !== null ? record.fault : record;
  const { reason, detail } = fault as Record<string, unknown>;

  return {
    ...(typeof reason === "string" && reason.trim() !== "" ? { reason: reason.trim() } : {}),
    ...(typeof detail === "string" && detail.trim() !== ""
      ? { detail: stripListBrackets(detail) }
      : {}),
  };
}

/** "[first, second]" becomes "first, second"; text without the outer brackets is kept. */
export function stripListBrackets(detail: string): string {
  const text = detail.trim();
  return text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1).trim() : text;
}

function shorten(text: string): string {
  return text.length <= plainTextLimit ? text : `${text.slice(0, plainTextLimit)}...`;
}
