/**
 * Absolute http(s) URLs, checked piece by piece so that each mistake gets its own message.
 *
 * The engine stores at most 512 characters and appends its own API paths to provider URLs
 * ("<url>/v2.0/" for Neutron), so a query or fragment would break every call. Credentials in
 * the URL are refused: they belong in `authentication`, where they are kept secret.
 */
import { isIPv6 } from "node:net";

import { controlCharacterReason, forbiddenControlCharacter } from "./control-characters";
import { isHostName, isIpAddress } from "./host-address";

export const URL_MAX_LENGTH = 512;

export interface HttpUrlParts {
  scheme: "http" | "https";
  /** The host as written; IPv6 addresses keep their brackets. */
  host: string;
  /** The port written in the URL, if any (also when it is the scheme's default). */
  port?: number;
  path: string;
}

export type HttpUrlReading = { ok: true; parts: HttpUrlParts } | { ok: false; reason: string };

const urlShape = /^(https?):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/;
const authorityShape = /^(\[[^\]]*\]|[^:[\]]*)(?::(\d*))?$/;

function refuse(reason: string): HttpUrlReading {
  return { ok: false, reason };
}

function isValidHost(host: string): boolean {
  if (host.startsWith("[")) {
    return isIPv6(host.slice(1, -1));
  }

  return isHostName(host) || isIpAddress(host);
}

/**
 * Whether a refused URL may be quoted back: not when it may carry credentials ("@"), nor when it
 * holds control characters that would garble the message.
 */
export function mayQuoteUrl(text: string): boolean {
  return !text.includes("@") && forbiddenControlCharacter(text, "none") === undefined;
}

/**
 * Reads an absolute http or https URL. `example` completes messages, e.g.
 * "https://glance.example.com:9292".
 */
export function readHttpUrl(text: string, example: string): HttpUrlReading {
  if (text.length > URL_MAX_LENGTH) {
    return refuse(`must be at most ${URL_MAX_LENGTH} characters (it has ${text.length})`);
  }

  const control = forbiddenControlCharacter(text, "none");
  if (control !== undefined) {
    return refuse(controlCharacterReason(control, "none"));
  }

  const match = urlShape.exec(text);
  if (match === null || /\s/.test(text)) {
    return refuse(`must be an absolute URL starting with http:// or https://, e.g. ${example}`);
  }

  const [, scheme, authority, path, query, fragment] = match;

  if (authority.includes("@")) {
    return refuse("must not contain a user name or password; give them in authentication instead");
  }

  const authorityMatch = authorityShape.exec(authority);
  if (authorityMatch === null || authorityMatch[1] === "" || !isValidHost(authorityMatch[1])) {
    return refuse(`must name a valid host, e.g. ${example}`);
  }

  const portText = authorityMatch[2];
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    return refuse(`must have a port from 1 to 65535, e.g. ${example}`);
  }

  if (query !== undefined || fragment !== undefined) {
    return refuse(
      "must not have a query (?...) or fragment (#...): the engine appends its own paths",
    );
  }

  try {
    new URL(text);
  } catch {
    return refuse(`must be an absolute URL starting with http:// or https://, e.g. ${example}`);
  }

  return {
    ok: true,
    parts: { scheme: scheme as "http" | "https", host: authorityMatch[1], port, path },
  };
}
