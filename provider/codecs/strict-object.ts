/**
 * The object combinator every argument object is built from.
 *
 * io-ts's `exact` silently strips names it does not know, so a typo such as `tenantNmae` would
 * vanish and the tenant would go unset. This combinator reports each unknown name instead,
 * suggesting the closest known one. It also lets Pulumi's preview sentinel stand for any field,
 * fills in defaults, treats `null` as "not given", reports every problem of every field at
 * once, and runs cross-field rules even when some fields are already wrong.
 */
import * as t from "io-ts";
import { isLeft } from "fp-ts/Either";

import { closestName } from "./closest-name";
import { isDefaulted } from "./with-default";
import { isUnknownValue } from "./unknown-value";

export type Props = Record<string, t.Mixed>;

/** A problem found by a cross-field rule, at a path relative to the object. */
export interface RuleFailure {
  path: readonly string[];
  message: string;
}

/**
 * A cross-field rule. It sees the object exactly as the user gave it (fields may be wrong,
 * missing or the preview sentinel), so it must check the types of what it reads.
 */
export type ObjectRule = (input: Readonly<Record<string, unknown>>) => RuleFailure[];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export interface StrictObjectShape<R extends Props, O extends Props> {
  /** What the object is called in messages about unknown names, e.g. "authentication". */
  label: string;
  /** What to say when the value is not an object at all. */
  expectation: string;
  /** Arguments that must be given, or that fall back to a default (see {@link withDefault}). */
  required: R;
  /** Arguments that may be left out. */
  optional: O;
  /** Names that other kinds accept but this one refuses, with the reason why. */
  refused?: Readonly<Record<string, string>>;
  rules?: readonly ObjectRule[];
}

export type StrictObjectOutput<R extends Props, O extends Props> = {
  [K in keyof R]: t.TypeOf<R[K]>;
} & { [K in keyof O]?: t.TypeOf<O[K]> };

/** Appends a rule's relative path to a context, so the reporter renders it as a dotted path. */
function contextAt(context: t.Context, path: readonly string[]): t.Context {
  return path.reduce<t.Context>((inner, key) => t.appendContext(inner, key, t.unknown), context);
}

function unknownNameMessage(
  key: string,
  label: string,
  known: readonly string[],
  refused: Readonly<Record<string, string>>,
): string {
  const suggestion = closestName(key, [...known, ...Object.keys(refused)]);

  if (suggestion !== undefined && known.includes(suggestion)) {
    return `is not an argument of ${label}; did you mean "${suggestion}"?`;
  }

  if (suggestion !== undefined) {
    return `is not an argument of ${label}; did you mean "${suggestion}"? That one ${refused[suggestion]}`;
  }

  return `is not an argument of ${label} (it takes ${known.join(", ")})`;
}

/** Builds a strict object codec; see the module comment for what it adds to io-ts's objects. */
export function strictObject<R extends Props, O extends Props>(
  shape: StrictObjectShape<R, O>,
): t.Type<StrictObjectOutput<R, O>, unknown, unknown> {
  const requiredNames = Object.keys(shape.required);
  const optionalNames = Object.keys(shape.optional);
  const known = [...requiredNames, ...optionalNames];
  const refused = shape.refused ?? {};
  const rules = shape.rules ?? [];

  const validate: t.Validate<unknown, StrictObjectOutput<R, O>> = (input, context) => {
    if (!isPlainObject(input)) {
      return t.failure(input, context, shape.expectation);
    }

    const errors: t.Errors = [];
    const output: Record<string, unknown> = {};

    for (const name of known) {
      const codec: t.Mixed = hasOwn(shape.required, name)
        ? shape.required[name]
        : shape.optional[name];
      const value = hasOwn(input, name) ? input[name] : undefined;

      if (value === undefined || value === null) {
        if (isDefaulted(codec)) {
          output[name] = codec.defaultFor(input);
        } else if (hasOwn(shape.required, name)) {
          errors.push({
            value: undefined,
            context: contextAt(context, [name]),
            message: "is required",
          });
        }
        continue;
      }

      if (isUnknownValue(value)) {
        output[name] = value;
        continue;
      }

      const result = codec.validate(value, t.appendContext(context, name, codec, value));
      if (isLeft(result)) {
        errors.push(...result.left);
      } else {
        output[name] = result.right;
      }
    }

    for (const name of Object.keys(input)) {
      if (known.includes(name)) {
        continue;
      }

      const message = hasOwn(refused, name)
        ? refused[name]
        : unknownNameMessage(name, shape.label, known, refused);
      errors.push({ value: undefined, context: contextAt(context, [name]), message });
    }

    for (const rule of rules) {
      for (const failure of rule(input)) {
        errors.push({
          value: undefined,
          context: contextAt(context, failure.path),
          message: failure.message,
        });
      }
    }

    return errors.length > 0 ? t.failures(errors) : t.success(output as StrictObjectOutput<R, O>);
  };

  return new t.Type<StrictObjectOutput<R, O>, unknown, unknown>(
    shape.label,
    (value): value is StrictObjectOutput<R, O> => isPlainObject(value),
    validate,
    t.identity,
  );
}
