/**
 * Reads the answer of the engine's SSO token endpoint (engine-api.md section 6).
 *
 * Success is `{"access_token": "...", "exp": "<epoch ms as a string>", ...}`. Failures are HTTP
 * 400 with one of two shapes: for the API scope the keys are swapped, `{"error_code": "<code>",
 * "error": "<text>"}`; for other scopes it is `{"error": "<code>", "error_description": "<text>"}`.
 * Both are handled, since which one a given engine sends is not something we control.
 */

export interface SsoToken {
  accessToken: string;
  /** Epoch milliseconds after which the engine refuses the token; undefined when unknown. */
  expiresAtMs?: number;
}

export type SsoAnswer =
  { ok: true; token: SsoToken } | { ok: false; errorCode?: string; engineText: string };

export function readSsoAnswer(status: number, body: string): SsoAnswer {
  const parsed = parseObject(body);

  if (parsed === undefined) {
    return {
      ok: false,
      engineText: `the SSO endpoint answered HTTP ${status} without JSON; check that the url points at the engine`,
    };
  }

  const accessToken = parsed.access_token;

  if (status === 200 && typeof accessToken === "string" && accessToken !== "") {
    return { ok: true, token: { accessToken, expiresAtMs: readExpiry(parsed.exp) } };
  }

  return { ok: false, ...readSsoError(parsed, status) };
}

function readSsoError(
  answer: Record<string, unknown>,
  status: number,
): { errorCode?: string; engineText: string } {
  const text = (value: unknown): string | undefined =>
    typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

  const errorCode = text(answer.error_code);

  if (errorCode !== undefined) {
    return { errorCode, engineText: text(answer.error) ?? `HTTP ${status}` };
  }

  const code = text(answer.error);
  return {
    ...(code === undefined ? {} : { errorCode: code }),
    engineText: text(answer.error_description) ?? `HTTP ${status} without an access token`,
  };
}

/** `exp` is a string of epoch milliseconds; Long.MAX_VALUE stands for "never". */
function readExpiry(value: unknown): number | undefined {
  const milliseconds = typeof value === "string" ? Number(value.trim()) : value;

  return typeof milliseconds === "number" && Number.isFinite(milliseconds) && milliseconds > 0
    ? milliseconds
    : undefined;
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
