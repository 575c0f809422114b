/**
 * Named defaults of the engine client, one object per concern. Each value is applied in exactly
 * one place with `??` and repeated as `@default` on the setting it fills, so the code and the
 * docs cannot drift apart without a visible diff.
 */

/** Defaults for the connection settings a user may leave out (see engine-connection.ts). */
export const connectionDefaults = {
  /**
   * Requests in flight to one engine from this whole process.
   * @default 8
   */
  maxConcurrentRequests: 8,
  /**
   * Time allowed for one HTTP exchange, from sending the request to reading the whole answer.
   * Provider actions such as testconnectivity make the engine call out to another service, so
   * this is generous.
   * @default 60000
   */
  timeoutMs: 60_000,
} as const;

/** Defaults for the retries of idempotent requests (GET, PUT, DELETE). */
export const retryDefaults = {
  /**
   * Attempts in total, the first one included.
   * @default 4
   */
  maxAttempts: 4,
  /**
   * Delay before the first retry; each later retry doubles it, before jitter.
   * @default 500
   */
  baseDelayMs: 500,
  /**
   * Longest single delay between two attempts, before jitter.
   * @default 8000
   */
  maxDelayMs: 8_000,
  /**
   * No retry starts once this much time has passed since the first attempt began.
   * @default 60000
   */
  maxElapsedMs: 60_000,
} as const;

/** Defaults for the SSO token. */
export const tokenDefaults = {
  /**
   * A token this close to its expiry is replaced by a new login before it is used, so a long
   * request does not start with a token that dies on the way.
   * @default 60000
   */
  renewBeforeExpiryMs: 60_000,
} as const;
