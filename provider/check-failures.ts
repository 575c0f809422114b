/**
 * Turns io-ts decoding errors into Pulumi check failures.
 *
 * io-ts's own PathReporter prints every rejected value, which would echo passwords into the
 * terminal and CI logs. This reporter builds a dotted path ("authentication.keystoneUrl",
 * "authenticationKeys[1].uuid") and takes the reason from the codec's message. It appends the
 * rejected value only when it is a short string, a number or a boolean, and never when the path
 * is a secret, lies under one, or contains one (a whole `authentication` given as a string).
 * Everything inside an argument the SDK stores as a secret counts as secret, not just its
 * password: a broker host or a user name there was declared secret along with it.
 */
import type * as t from "io-ts";

/** One problem with a resource's arguments, as Pulumi's `check` reports it. */
export interface CheckFailure {
  /**
   * Dotted path of the argument, e.g. "authentication.keystoneUrl" or "authenticationKeys[1].uuid".
   */
  property: string;
  /** What the argument must be, written for a person who never saw the engine's source. */
  reason: string;
}

/** The result of checking a resource's arguments: the checked inputs, or every failure at once. */
export type CheckOutcome<T> = { ok: true; inputs: T } | { ok: false; failures: CheckFailure[] };

/**
 * Top-level arguments that the SDK wraps as secrets, whole, for some kind (sdk/*.ts
 * `secretArguments`); no value anywhere inside them is ever quoted.
 */
export const SECRET_ARGUMENTS: readonly string[] = [
  "authentication",
  "agentConfiguration",
  "authenticationKeys",
  "connection",
  "password",
];

/**
 * Strings longer than this are never quoted back: they are hard to read and may be pasted secrets.
 */
const LONGEST_QUOTED_STRING = 40;

const identifierKey = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** The dotted path of a decoding context; array elements appear as `[index]`. */
export function propertyPath(context: t.Context): string {
  let path = "";

  context.forEach((entry, index) => {
    if (index === 0 || entry.key === "") {
      return;
    }

    const parent = context[index - 1].type as { _tag?: string };
    if (parent._tag === "ArrayType") {
      path += `[${entry.key}]`;
    } else if (!identifierKey.test(entry.key)) {
      path += `[${JSON.stringify(entry.key)}]`;
    } else {
      path += path === "" ? entry.key : `.${entry.key}`;
    }
  });

  return path;
}

/** Replaces list indices with `[]`, the form used in secret path lists. */
function withoutIndices(path: string): string {
  return path.replace(/\[\d+\]/g, "[]");
}

/** The first name of a dotted path: "authentication" for "authentication.username". */
function topLevelName(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? "";
}

/**
 * True when a value at `path` might hold a secret: the path lies in one of the
 * {@link SECRET_ARGUMENTS}, is one of `secretPaths` (indices written as `[]`), lies below one,
 * or is an ancestor of one.
 */
export function mayHoldSecret(path: string, secretPaths: readonly string[]): boolean {
  const normalised = withoutIndices(path);

  if (/pass|secret|token|credential/i.test(normalised)) {
    return true;
  }

  if (SECRET_ARGUMENTS.includes(topLevelName(normalised))) {
    return true;
  }

  return secretPaths.some(
    (secret) =>
      normalised === "" ||
      normalised === secret ||
      normalised.startsWith(`${secret}.`) ||
      normalised.startsWith(`${secret}[`) ||
      secret.startsWith(`${normalised}.`) ||
      secret.startsWith(`${normalised}[`),
  );
}

/** A short rendering of a rejected value, or "" when it should not be shown. */
function quoteValue(value: unknown): string {
  if (typeof value === "string" && value.length <= LONGEST_QUOTED_STRING) {
    return ` (got ${JSON.stringify(value)})`;
  }

  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean") {
    return ` (got ${String(value)})`;
  }

  return "";
}

/** The reason for one error: the codec's message, or what its type expected. */
function reasonOf(error: t.ValidationError): string {
  if (error.message !== undefined) {
    return error.message;
  }

  const expected = error.context[error.context.length - 1]?.type.name ?? "a valid value";
  return `must be ${expected}`;
}

/**
 * Maps io-ts errors to check failures, one per distinct property and reason, in the order the
 * codecs found them. Values under `secretPaths` are never quoted.
 */
export function checkFailuresFromErrors(
  errors: t.Errors,
  secretPaths: readonly string[],
): CheckFailure[] {
  const seen = new Set<string>();
  const failures: CheckFailure[] = [];

  for (const error of errors) {
    const property = propertyPath(error.context);
    const quoted = mayHoldSecret(property, secretPaths) ? "" : quoteValue(error.value);
    const reason = `${reasonOf(error)}${quoted}`;

    const key = `${property}\u0000${reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      failures.push({ property, reason });
    }
  }

  return failures;
}
