import { randomBytes } from "node:crypto";

/** The scope a token needs for the REST API. */
export const API_SCOPE = "ovirt-app-api";

interface IssuedToken {
  user: string;
  scopes: string[];
  expiresAt: number;
}

/**
 * SSO tokens and persistent HTTP sessions (JSESSIONID) the simulated engine has handed out.
 * Tokens are opaque random strings that last until `expiresAt` or until the fault injector
 * expires them all; there is no refresh, as with the engine.
 */
export class SessionRegistry {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly httpSessions = new Map<string, string>();

  constructor(private readonly tokenLifetimeMs: number) {}

  issueToken(user: string, scopes: string[]): { token: string; expiresAt: number } {
    const token = randomBytes(48).toString("base64url");
    const expiresAt = Date.now() + this.tokenLifetimeMs;
    this.tokens.set(token, { user, scopes, expiresAt });
    return { token, expiresAt };
  }

  /** The user of a live token, or why it cannot be used. */
  checkToken(token: string): { user: string } | "unknown" | "expired" | "scope" {
    const issued = this.tokens.get(token);
    if (issued === undefined) return "unknown";
    if (issued.expiresAt <= Date.now()) return "expired";
    if (!issued.scopes.includes(API_SCOPE)) return "scope";
    return { user: issued.user };
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  openHttpSession(user: string): string {
    const id = randomBytes(24).toString("hex");
    this.httpSessions.set(id, user);
    return id;
  }

  httpSessionUser(id: string): string | undefined {
    return this.httpSessions.get(id);
  }

  /** Every token and session stops working (fault injection: token expiry). */
  expireAll(): void {
    for (const issued of this.tokens.values()) issued.expiresAt = 0;
    this.httpSessions.clear();
  }
}
