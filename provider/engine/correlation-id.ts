import { randomUUID } from "node:crypto";

/**
 * A fresh `Correlation-Id` for one client call (kept across its retries, so the engine log shows
 * them together). The engine keeps only `[0-9a-zA-Z_-]` and the first 36 characters, which a
 * UUID fits exactly.
 */
export function newCorrelationId(): string {
  return randomUUID();
}
