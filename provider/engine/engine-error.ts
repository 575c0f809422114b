/**
 * The errors of the engine client.
 *
 * Provider code is loaded again in Pulumi's plugin process, so a class seen by the caller may not
 * be the class that threw: every guard here compares `name`, never `instanceof`. No message ever
 * holds a password, a token or an Authorization header; the engine's own words are kept because
 * they are what tells the user what to fix.
 */

/** What an {@link EngineError} knows about the failed request. */
export interface EngineErrorDetails {
  method: string;
  /** Path relative to the API root, e.g. `/openstacknetworkproviders/abc`. */
  path: string;
  /** HTTP status, or undefined when no answer came. */
  status?: number;
  /** The fault's `reason`, e.g. "Operation Failed". */
  reason?: string;
  /** The fault's `detail` with the engine's list brackets removed. */
  detail?: string;
  correlationId: string;
  /** The API root the request went to, e.g. `https://engine.example.com/ovirt-engine/api`. */
  engineUrl: string;
  /**
   * True when the request may have reached the engine but its answer was lost (a timeout or a
   * reset connection). A POST that fails this way may still have been carried out.
   */
  answerLost?: boolean;
  /** What went wrong when no answer came, in a few words ("timed out after 60000 ms"). */
  problem?: string;
  cause?: unknown;
}

/** A request to the engine failed: the engine refused it, or no usable answer came back. */
export class EngineError extends Error {
  override readonly name = "EngineError";
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly reason: string | undefined;
  readonly detail: string | undefined;
  readonly correlationId: string;
  readonly engineUrl: string;
  readonly answerLost: boolean;
  /** What went wrong when no answer came ("timed out after 60000 ms"); undefined otherwise. */
  readonly problem: string | undefined;

  constructor(details: EngineErrorDetails) {
    super(describeEngineFailure(details), { cause: details.cause });
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.reason = details.reason;
    this.detail = details.detail;
    this.correlationId = details.correlationId;
    this.engineUrl = details.engineUrl;
    this.answerLost = details.answerLost ?? false;
    this.problem = details.problem;
  }
}

function describeEngineFailure(details: EngineErrorDetails): string {
  const request = `${details.method} ${details.path} on engine ${details.engineUrl}`;
  const trace = `(correlation id ${details.correlationId})`;

  if (details.status === undefined) {
    // Only a POST can leave something behind that a blind repeat would duplicate.
    const lost =
      details.answerLost && details.method === "POST"
        ? "; the engine may have carried it out, so look the object up before trying again"
        : "";
    return `${request} got no answer: ${details.problem ?? "the connection failed"}${lost} ${trace}`;
  }

  const engineWords = [details.reason, details.detail].filter((text) => text !== undefined);
  const said = engineWords.length > 0 ? `: ${engineWords.join(": ")}` : "";
  return `${request} failed with HTTP ${details.status}${said} ${trace}`;
}

/** What an {@link EngineLoginError} knows about the failed login. */
export interface EngineLoginErrorDetails {
  username: string;
  /** The engine's base URL, e.g. `https://engine.example.com/ovirt-engine`. */
  engineUrl: string;
  /** HTTP status of the SSO answer, or undefined when none came. */
  status?: number;
  /** The SSO error code, e.g. "access_denied". */
  errorCode?: string;
  /** The engine's own explanation, or what went wrong on the way when it said nothing. */
  engineText: string;
  /** The failure may pass by itself: a timeout, a reset connection, or HTTP 502, 503 or 504. */
  transient?: boolean;
  cause?: unknown;
}

/** Logging in to the engine's SSO failed. Names the user and the engine, never the password. */
export class EngineLoginError extends Error {
  override readonly name = "EngineLoginError";
  readonly username: string;
  readonly engineUrl: string;
  readonly status: number | undefined;
  readonly errorCode: string | undefined;
  readonly engineText: string;
  readonly transient: boolean;

  constructor(details: EngineLoginErrorDetails) {
    const code = details.errorCode === undefined ? "" : ` (${details.errorCode})`;
    super(
      `Login to oVirt engine ${details.engineUrl} as ${details.username} failed: ` +
        `${details.engineText}${code}`,
      { cause: details.cause },
    );
    this.username = details.username;
    this.engineUrl = details.engineUrl;
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.engineText = details.engineText;
    this.transient = details.transient ?? false;
  }
}

/** Connection settings that cannot work; `field` names the setting to fix. */
export class EngineSettingsError extends Error {
  override readonly name = "EngineSettingsError";
  readonly field: string;
  /** What the setting must be, e.g. "must use https, as in ..."; the message without the field. */
  readonly rule: string;

  constructor(field: string, rule: string) {
    super(`Engine connection setting "${field}" ${rule}`);
    this.field = field;
    this.rule = rule;
  }
}

function hasName(error: unknown, name: string): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === name;
}

export function isEngineError(error: unknown): error is EngineError {
  return hasName(error, "EngineError");
}

/** The engine answered 404: the object does not exist (the engine sends no fault body then). */
export function isEngineNotFound(error: unknown): error is EngineError {
  return isEngineError(error) && error.status === 404;
}

/**
 * The request may have reached the engine but no answer came back (timeout or reset). Callers of
 * POST must look the object up, by name for example, before deciding to send it again.
 */
export function isAnswerLost(error: unknown): error is EngineError {
  return isEngineError(error) && error.answerLost === true;
}

/** Why a lost answer was lost, in parentheses for a sentence ("(timed out after 400 ms)"). */
export function whyNoAnswer(error: EngineError): string {
  return error.problem === undefined ? "" : ` (${error.problem})`;
}

export function isEngineLoginError(error: unknown): error is EngineLoginError {
  return hasName(error, "EngineLoginError");
}

export function isEngineSettingsError(error: unknown): error is EngineSettingsError {
  return hasName(error, "EngineSettingsError");
}
