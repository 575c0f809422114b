/**
 * A list codec that checks every element and reports each bad one by index, lets Pulumi's
 * preview sentinel stand for any element, and runs rules over the whole list (such as
 * uniqueness) even when some elements are wrong.
 */
import * as t from "io-ts";
import { isLeft } from "fp-ts/Either";

import type { RuleFailure } from "./strict-object";
import { isUnknownValue } from "./unknown-value";

/** A rule over the list as given; paths start with the element's index. */
export type ListRule = (items: readonly unknown[]) => RuleFailure[];

export interface ListShape<C extends t.Mixed> {
  element: C;
  /** What to say when the value is not a list. */
  expectation: string;
  rules?: readonly ListRule[];
}

export function listOf<C extends t.Mixed>(
  shape: ListShape<C>,
): t.ArrayType<C, Array<t.TypeOf<C>>, unknown, unknown> {
  const rules = shape.rules ?? [];

  const validate: t.Validate<unknown, Array<t.TypeOf<C>>> = (input, context) => {
    if (!Array.isArray(input)) {
      return t.failure(input, context, shape.expectation);
    }

    const errors: t.Errors = [];
    const output: Array<t.TypeOf<C>> = [];

    input.forEach((item: unknown, index) => {
      if (isUnknownValue(item)) {
        output.push(item);
        return;
      }

      const itemContext = t.appendContext(context, String(index), shape.element, item);
      const result = shape.element.validate(item, itemContext);
      if (isLeft(result)) {
        errors.push(...result.left);
      } else {
        output.push(result.right);
      }
    });

    for (const rule of rules) {
      for (const failure of rule(input)) {
        const failureContext = failure.path.reduce<t.Context>(
          (inner, key) => t.appendContext(inner, key, t.unknown),
          context,
        );
        errors.push({ value: undefined, context: failureContext, message: failure.message });
      }
    }

    return errors.length > 0 ? t.failures(errors) : t.success(output);
  };

  return new t.ArrayType<C, Array<t.TypeOf<C>>, unknown, unknown>(
    `list of ${shape.element.name}`,
    (value): value is Array<t.TypeOf<C>> => Array.isArray(value),
    validate,
    t.identity,
    shape.element,
  );
}
