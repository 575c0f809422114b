import type { SsoToken } from "./sso-answer";

/**
 * SSO tokens kept per engine and user for the life of the process.
 *
 * Concurrent first callers share one login: the cache holds the login's promise, not its result.
 * A failed login is forgotten at once so the next caller tries again. A token close to its
 * expiry is replaced before use; a token the engine refuses anyway (401) is dropped through
 * {@link TokenCache.forget}, and only if no other caller has already replaced it.
 */
export class TokenCache {
  private readonly entries = new Map<string, { login: Promise<SsoToken>; token?: SsoToken }>();

  /**
   * @param renewBeforeExpiryMs
   * how long before its expiry a token counts as used up
   */
  constructor(private readonly renewBeforeExpiryMs: number) {}

  /** The cached token for `key`, or the result of `login`, shared by everyone asking meanwhile. */
  token(key: string, login: () => Promise<SsoToken>, nowMs: number): Promise<SsoToken> {
    const entry = this.entries.get(key);

    if (entry !== undefined && (entry.token === undefined || this.isFresh(entry.token, nowMs))) {
      return entry.login;
    }

    const fresh: { login: Promise<SsoToken>; token?: SsoToken } = { login: login() };
    this.entries.set(key, fresh);

    fresh.login.then(
      (token) => {
        fresh.token = token;
      },
      () => {
        if (this.entries.get(key) === fresh) {
          this.entries.delete(key);
        }
      },
    );

    return fresh.login;
  }

  /** Drops `token` for `key` when it is still the cached one: the engine refused it. */
  forget(key: string, token: SsoToken): void {
    if (this.entries.get(key)?.token === token) {
      this.entries.delete(key);
    }
  }

  private isFresh(token: SsoToken, nowMs: number): boolean {
    return token.expiresAtMs === undefined || token.expiresAtMs - this.renewBeforeExpiryMs > nowMs;
  }
}
