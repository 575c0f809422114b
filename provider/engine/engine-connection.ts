import { readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";

import { connectionDefaults } from "./defaults";
import { EngineSettingsError, isEngineSettingsError } from "./engine-error";

/** How to reach and log in to one oVirt engine. */
export interface EngineConnectionSettings {
  /**
   * The engine's address: `https://engine.example.com/ovirt-engine/api`, or the same without
   * `/api` or without `/ovirt-engine/api`; all three mean the same engine.
   */
  url: string;
  /** User with its profile, e.g. `admin@internal`. */
  username: string;
  /** The user's password. Secret: never logged, never part of an error message. */
  password: string;
  /** Path of a PEM file with the CA that signed the engine's certificate. */
  caFile?: string;
  /** PEM text of the CA that signed the engine's certificate. */
  caPem?: string;
  /**
   * Turns TLS verification off. An explicit opt-out for labs: a warning is logged each run.
   * @default false
   */
  insecure?: boolean;
  /**
   * Requests in flight to this engine from the whole process.
   * @default 8
   */
  maxConcurrentRequests?: number;
  /**
   * Time allowed for one HTTP exchange, in milliseconds.
   * @default 60000
   */
  timeoutMs?: number;
}

/** The settings checked, defaulted and normalised: what the client actually uses. */
export interface ResolvedEngineConnection {
  /** `https://host[:port][/prefix]/ovirt-engine`, the base of the SSO and API paths. */
  engineUrl: string;
  /** `<engineUrl>/api`. */
  apiUrl: string;
  /** `<engineUrl>/sso/oauth/token`. */
  ssoTokenUrl: string;
  username: string;
  password: string;
  /** Trusted CAs (the system store plus the given one), or undefined for the system store. */
  certificateAuthorities: string[] | undefined;
  insecure: boolean;
  maxConcurrentRequests: number;
  timeoutMs: number;
}

const engineUrlExample = "https://engine.example.com/ovirt-engine/api";

/** An engine URL read: its engine base and API root, or the rule it breaks ("must use https..."). */
export type EngineUrlReading =
  { ok: true; engineUrl: string; apiUrl: string } | { ok: false; rule: string };

/**
 * Reads any accepted spelling of the engine URL into the engine base and API root, without
 * throwing: `check` uses it to refuse at preview what the client would refuse at create. The path
 * may be empty, end in `/ovirt-engine`, or end in `/ovirt-engine/api` (optionally `/v4`, which is
 * dropped because the client sends the `Version: 4` header instead).
 */
export function readEngineUrl(url: string): EngineUrlReading {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, rule: `must be an absolute https URL such as ${engineUrlExample}` };
  }

  if (parsed.protocol !== "https:") {
    return { ok: false, rule: `must use https, as in ${engineUrlExample}` };
  }

  if (parsed.username !== "" || parsed.password !== "") {
    return {
      ok: false,
      rule: "must not carry credentials; give them as username and password instead",
    };
  }

  if (parsed.search !== "" || parsed.hash !== "") {
    return { ok: false, rule: "must not have a query or a fragment" };
  }

  const path = parsed.pathname.replace(/\/+$/, "");
  const prefix =
    /^(.*\/ovirt-engine)(?:\/api(?:\/v4)?)?$/.exec(path)?.[1] ??
    (path === "" ? "/ovirt-engine" : undefined);
  if (prefix === undefined) {
    return {
      ok: false,
      rule: `must end in /ovirt-engine or /ovirt-engine/api (or have no path), as in ${engineUrlExample}`,
    };
  }

  const engineUrl = `${parsed.origin}${prefix}`;
  return { ok: true, engineUrl, apiUrl: `${engineUrl}/api` };
}

/** {@link readEngineUrl}, throwing {@link EngineSettingsError} for a URL that cannot work. */
export function normaliseEngineUrl(url: string): { engineUrl: string; apiUrl: string } {
  const reading = readEngineUrl(url);
  if (!reading.ok) {
    throw new EngineSettingsError("url", reading.rule);
  }

  return { engineUrl: reading.engineUrl, apiUrl: reading.apiUrl };
}

const pemCertificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * The CAs to trust: Node's store plus the PEM certificates from `caFile` and `caPem`. Passing any
 * `ca` to TLS replaces Node's defaults, so the bundled store and the certificates named by
 * NODE_EXTRA_CA_CERTS are copied in explicitly. Undefined when no CA is given, which leaves
 * Node's defaults in place.
 */
export function loadCertificateAuthorities(
  settings: Pick<EngineConnectionSettings, "caFile" | "caPem">,
): string[] | undefined {
  const given: string[] = [];

  if (settings.caFile !== undefined) {
    given.push(...certificatesIn(readCaFile(settings.caFile), "caFile"));
  }

  if (settings.caPem !== undefined) {
    given.push(...certificatesIn(settings.caPem, "caPem"));
  }

  return given.length === 0 ? undefined : [...rootCertificates, ...extraCertificates(), ...given];
}

/** What Node adds from NODE_EXTRA_CA_CERTS; Node itself only warns when that file is unreadable. */
function extraCertificates(): string[] {
  const path = process.env.NODE_EXTRA_CA_CERTS;

  if (path === undefined || path === "") {
    return [];
  }

  try {
    return readFileSync(path, "utf8").match(pemCertificate) ?? [];
  } catch {
    return [];
  }
}

/**
 * Why the CA in `caFile` or `caPem` cannot be used (unreadable, no PEM certificate in it), or
 * undefined when it can; for checks that report problems instead of throwing.
 */
export function certificateAuthorityProblem(
  field: "caFile" | "caPem",
  value: string,
): string | undefined {
  try {
    certificatesIn(field === "caFile" ? readCaFile(value) : value, field);
    return undefined;
  } catch (error) {
    if (isEngineSettingsError(error)) {
      return error.rule;
    }
    throw error;
  }
}

function readCaFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new EngineSettingsError(
      "caFile",
      `must name a readable PEM file; reading ${path} failed (${code})`,
    );
  }
}

function certificatesIn(text: string, field: "caFile" | "caPem"): string[] {
  const certificates = text.match(pemCertificate) ?? [];

  if (certificates.length === 0) {
    throw new EngineSettingsError(
      field,
      "must hold at least one PEM certificate (-----BEGIN CERTIFICATE----- ...)",
    );
  }

  return certificates;
}

/** Checks the settings and fills in defaults; throws {@link EngineSettingsError} naming a field. */
export function resolveEngineConnection(
  settings: EngineConnectionSettings,
): ResolvedEngineConnection {
  const { engineUrl, apiUrl } = normaliseEngineUrl(requireText(settings.url, "url"));
  const maxConcurrentRequests =
    settings.maxConcurrentRequests ?? connectionDefaults.maxConcurrentRequests;
  const timeoutMs = settings.timeoutMs ?? connectionDefaults.timeoutMs;

  if (!Number.isInteger(maxConcurrentRequests) || maxConcurrentRequests < 1) {
    throw new EngineSettingsError("maxConcurrentRequests", "must be a whole number of 1 or more");
  }

  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new EngineSettingsError("timeoutMs", "must be a positive number of milliseconds");
  }

  const insecure = settings.insecure ?? false;

  return {
    engineUrl,
    apiUrl,
    ssoTokenUrl: `${engineUrl}/sso/oauth/token`,
    username: requireText(settings.username, "username"),
    password: requireText(settings.password, "password"),
    certificateAuthorities: insecure ? undefined : loadCertificateAuthorities(settings),
    insecure,
    maxConcurrentRequests,
    timeoutMs,
  };
}

function requireText(value: unknown, field: "url" | "username" | "password"): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new EngineSettingsError(field, "must be a non-empty string");
  }

  return value;
}
