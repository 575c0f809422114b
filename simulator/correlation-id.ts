import { randomUUID } from "node:crypto";

/**
 * The engine's Correlation-Id rule (engine-api.md §5.4): taken from the header or the
 * `correlation_id` query parameter, characters outside [0-9a-zA-Z_-] removed, cut to 36; a
 * random UUID when none is left. It is always echoed in the response header.
 */
export function correlationIdOf(header: string | string[] | undefined, query?: string): string {
  const given = (Array.isArray(header) ? header[0] : header) ?? query ?? "";
  const cleaned = given.replace(/[^0-9a-zA-Z_-]/g, "").slice(0, 36);
  return cleaned === "" ? randomUUID() : cleaned;
}
