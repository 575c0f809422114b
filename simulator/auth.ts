import type { IncomingHttpHeaders } from "node:http";
import type { Credentials } from "./credentials";
import { credentialsMatch } from "./credentials";
import { notAuthenticated } from "./faults";
import type { SessionRegistry } from "./sessions";

/** Headers to add to the answer of an authenticated request (a new session cookie). */
export interface Authenticated {
  user: string;
  setCookie?: string;
}

/**
 * The API's authentication filters (engine-api.md §6): a Bearer SSO token with the
 * ovirt-app-api scope, or Basic credentials (deprecated, still served). With
 * `Prefer: persistent-auth` a Basic login opens an HTTP session whose JSESSIONID cookie works
 * alone on later requests that also send the Prefer header. Anything else is 401.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  credentials: Credentials,
  sessions: SessionRegistry,
): Authenticated {
  const persistent = prefers(headers, "persistent-auth");
  const authorization = headers.authorization ?? "";
  const [scheme, value] = splitOnce(authorization.trim(), " ");
  if (scheme.toLowerCase() === "bearer") {
    const checked = sessions.checkToken(value.trim());
    if (typeof checked === "string") throw notAuthenticated();
    return withSession(checked.user, persistent, sessions);
  }
  if (scheme.toLowerCase() === "basic") {
    const [username, password] = splitOnce(Buffer.from(value, "base64").toString("utf8"), ":");
    if (!credentialsMatch(credentials, username, password)) throw notAuthenticated();
    return withSession(username, persistent, sessions);
  }
  const sessionId = persistent ? cookie(headers, "JSESSIONID") : undefined;
  const user = sessionId === undefined ? undefined : sessions.httpSessionUser(sessionId);
  if (user === undefined) throw notAuthenticated();
  return { user };
}

function withSession(user: string, persistent: boolean, sessions: SessionRegistry) {
  if (!persistent) return { user };
  const id = sessions.openHttpSession(user);
  return { user, setCookie: `JSESSIONID=${id}; Path=/ovirt-engine/api; Secure; HttpOnly` };
}

function prefers(headers: IncomingHttpHeaders, preference: string): boolean {
  const prefer = headers.prefer;
  const values = Array.isArray(prefer) ? prefer : [prefer ?? ""];
  return values.some((value) =>
    value
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .includes(preference),
  );
}

function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? "").split(";")) {
    const [key, value] = splitOnce(part.trim(), "=");
    if (key === name && value !== "") return value;
  }
  return undefined;
}

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, ""] : [text.slice(0, index), text.slice(index + separator.length)];
}
