/**
 * Sorts the errors fetch throws when no HTTP answer arrives.
 *
 * What matters is whether the request may have reached the engine. A timeout or a reset
 * connection may come after the engine received it (so a POST may have been carried out); a
 * refused connection, an unknown host or a TLS failure happens before anything is sent.
 */

export type TransportFailureKind = "timeout" | "reset" | "unreachable";

export interface TransportFailure {
  kind: TransportFailureKind;
  /** A few words for the error message, e.g. "the connection was reset (ECONNRESET)". */
  problem: string;
}

const resetCodes = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET"]);
const timeoutCodes = new Set(["ETIMEDOUT", "ESOCKETTIMEDOUT", "UND_ERR_HEADERS_TIMEOUT"]);

export function classifyTransportFailure(error: unknown, timeoutMs: number): TransportFailure {
  const { name, code, message } = describe(error);

  if (name === "AbortError" || (code !== undefined && timeoutCodes.has(code))) {
    return { kind: "timeout", problem: `timed out after ${timeoutMs} ms` };
  }

  if ((code !== undefined && resetCodes.has(code)) || /socket hang up/i.test(message)) {
    return { kind: "reset", problem: `the connection was reset (${code ?? "socket hang up"})` };
  }

  // node-fetch wraps the system error as "request to <url> failed, reason: <what happened>".
  const reason = message.replace(/^request to \S+ failed, reason: /, "");
  const untrusted = code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code);
  const hint = untrusted ? "; trust the engine's CA by giving caFile or caPem" : "";
  return { kind: "unreachable", problem: `${reason}${hint}` };
}

function describe(error: unknown): { name?: string; code?: string; message: string } {
  if (typeof error !== "object" || error === null) {
    return { message: String(error) };
  }

  const record = error as { name?: unknown; code?: unknown; errno?: unknown; message?: unknown };
  const code = [record.code, record.errno].find((value) => typeof value === "string") as
    string | undefined;

  return {
    ...(typeof record.name === "string" ? { name: record.name } : {}),
    ...(code === undefined ? {} : { code }),
    message: typeof record.message === "string" ? record.message : String(error),
  };
}
