/**
 * Codecs for single values: flags, ports, bounded text, secrets and enumerations.
 *
 * Each failure carries a reason written as an expectation. The rejected value is attached only
 * where quoting it helps and cannot leak a secret; the reporter decides the rest.
 */
import * as t from "io-ts";

import { controlCharacterReason, forbiddenControlCharacter } from "./control-characters";

type Check<A> = (
  value: unknown,
) => { ok: true; value: A } | { ok: false; reason: string; quote: boolean };

/** Builds a codec from a check that returns the accepted value or the reason for refusing it. */
export function argumentCodec<A>(name: string, check: Check<A>): t.Type<A, A, unknown> {
  return new t.Type<A, A, unknown>(
    name,
    (value): value is A => check(value).ok,
    (value, context) => {
      const result = check(value);
      return result.ok
        ? t.success(result.value)
        : t.failure(result.quote ? value : undefined, context, result.reason);
    },
    t.identity,
  );
}

export function accept<A>(value: A): { ok: true; value: A } {
  return { ok: true, value };
}

export function refuse(
  reason: string,
  quote = true,
): { ok: false; reason: string; quote: boolean } {
  return { ok: false, reason, quote };
}

/** A JavaScript boolean; the engine's "true"/"false" strings are its business, not the user's. */
export const booleanArgument = argumentCodec<boolean>("boolean", (value) =>
  typeof value === "boolean" ? accept(value) : refuse("must be true or false"),
);

/** A TCP port, 1 to 65535. */
export function portArgument(hint: string): t.Type<number, number, unknown> {
  return argumentCodec<number>("port", (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 65535
      ? accept(value)
      : refuse(`must be a whole number from 1 to 65535${hint}`),
  );
}

export interface TextRules {
  /** Longest accepted length, usually the engine's database column size. */
  maxLength: number;
  /** Whether "" is a meaningful value (a description) rather than a mistake. */
  allowEmpty?: boolean;
  /** A pattern the whole text must match, and what to say when it does not. */
  pattern?: { regex: RegExp; reason: string };
  /** Secrets are never quoted back. */
  secret?: boolean;
  /** Whether tabs and line feeds are allowed (descriptions); other control characters never are. */
  multiLine?: boolean;
}

/** A string with a length limit, no control characters and, optionally, a pattern. */
export function textArgument(name: string, rules: TextRules): t.Type<string, string, unknown> {
  const quote = rules.secret !== true;
  const controlRule = rules.multiLine === true ? "multiLine" : "none";

  return argumentCodec<string>(name, (value) => {
    if (typeof value !== "string") {
      return refuse("must be a string", quote);
    }

    if (value === "" && rules.allowEmpty !== true) {
      return refuse("must not be empty", false);
    }

    // Only white space names nothing: no engine object, user or file is called " ".
    if (value.trim() === "" && rules.allowEmpty !== true) {
      return refuse("must not be only white space", false);
    }

    if (value.length > rules.maxLength) {
      return refuse(
        `must be at most ${rules.maxLength} characters (it has ${value.length})`,
        false,
      );
    }

    const control = forbiddenControlCharacter(value, controlRule);
    if (control !== undefined) {
      return refuse(controlCharacterReason(control, controlRule), false);
    }

    if (rules.pattern !== undefined && !rules.pattern.regex.test(value)) {
      return refuse(rules.pattern.reason, quote);
    }

    return accept(value);
  });
}

/** A password or other secret: never empty, at most `maxLength`, never quoted. */
export function secretArgument(
  maxLength: number,
  limitReason?: string,
): t.Type<string, string, unknown> {
  return argumentCodec<string>("secret", (value) => {
    if (typeof value !== "string") {
      return refuse("must be a string", false);
    }

    if (value === "") {
      return refuse("must not be empty", false);
    }

    if (value.length > maxLength) {
      return refuse(
        limitReason ?? `must be at most ${maxLength} characters (it has ${value.length})`,
        false,
      );
    }

    return accept(value);
  });
}

/** One of a few fixed strings, compared exactly. */
export function oneOf<V extends string>(
  name: string,
  values: readonly V[],
  hint = "",
): t.Type<V, V, unknown> {
  const listed = values.map((value) => JSON.stringify(value)).join(" or ");

  return argumentCodec<V>(name, (value) =>
    typeof value === "string" && (values as readonly string[]).includes(value)
      ? accept(value as V)
      : refuse(`must be ${listed}${hint}`),
  );
}
