import type { IncomingHttpHeaders } from "node:http";
import type { Credentials } from "./credentials";
import { credentialsMatch } from "./credentials";
import { API_SCOPE } from "./sessions";
import type { SessionRegistry } from "./sessions";

export interface SsoAnswer {
  status: number;
  body: Record<string, string>;
}

// Extension scopes the engine grants next to the requested ones (engine-api.md §6).
const EXTENSION_SCOPES = [
  "ovirt-ext=token-info:authz-search",
  "ovirt-ext=token-info:public-authz-search",
  "ovirt-ext=token-info:validate",
  "ovirt-ext=token:password-access",
];

const LOGIN_FAILED =
  "Unable to log in. Verify your login information or contact the system administrator.";

/**
 * POST /ovirt-engine/sso/oauth/token. Parameters come from the form body or the query string.
 * The Accept header must be exactly application/json; errors are always 400 JSON, and for the
 * REST scope the engine swaps the keys (`error_code` holds the code, `error` the text).
 */
export function issueSsoToken(
  headers: IncomingHttpHeaders,
  parameters: URLSearchParams,
  credentials: Credentials,
  sessions: SessionRegistry,
): SsoAnswer {
  const scopes = (parameters.get("scope") ?? "").split(/\s+/).filter(Boolean);
  const fail = (code: string, text: string): SsoAnswer => ({
    status: 400,
    body: isRestScope(scopes)
      ? { error_code: code, error: text }
      : { error: code, error_description: text },
  });
  if (headers.accept !== "application/json") {
    return fail("invalid_request", "Missing parameter: 'Accept Header'");
  }
  // A missing grant_type is replaced by a default that matches no grant type (OAuthTokenServlet).
  if (parameters.get("grant_type") !== "password") {
    return fail(
      "unsupported_grant_type",
      "The authorization grant type is not supported by the authorization server.",
    );
  }
  const username = parameters.get("username");
  if (username === null) return fail("invalid_request", "Missing parameter: 'username'");
  const password = parameters.get("password");
  if (password === null) return fail("invalid_request", "Missing parameter: 'password'");
  // The exact reason text for a wrong password is approximate (engine-api.md §6, §9).
  if (!username.includes("@")) {
    return fail(
      "access_denied",
      `Cannot authenticate user '${username}': No valid profile found in credentials.`,
    );
  }
  if (!credentialsMatch(credentials, username, password)) {
    return fail("access_denied", `Cannot authenticate user '${username}': ${LOGIN_FAILED}.`);
  }
  const { token, expiresAt } = sessions.issueToken(username, scopes);
  return {
    status: 200,
    body: {
      access_token: token,
      scope: [...scopes, ...EXTENSION_SCOPES].join(" "),
      exp: String(expiresAt),
      token_type: "bearer",
    },
  };
}

/** POST /ovirt-engine/services/sso-logout with `token=...`: revokes it; success is `{}`. */
export function logoutSsoToken(parameters: URLSearchParams, sessions: SessionRegistry): SsoAnswer {
  const token = parameters.get("token");
  if (token !== null) sessions.revoke(token);
  return { status: 200, body: {} };
}

function isRestScope(scopes: readonly string[]): boolean {
  return (
    scopes.includes(API_SCOPE) &&
    !scopes.some((scope) => scope === "ovirt-app-admin" || scope === "ovirt-app-portal")
  );
}
