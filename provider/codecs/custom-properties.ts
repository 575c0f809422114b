/**
 * The engine's custom properties of OpenStack and external network providers: a free map of
 * names to string values. Users write a plain object; the engine wants
 * {"property": [{"name": ..., "value": ...}]}.
 */
import * as t from "io-ts";
import { isLeft } from "fp-ts/Either";

import { readList } from "../engine/wire-format";
import { controlCharacterReason, forbiddenControlCharacter } from "./control-characters";
import { isPlainObject } from "./strict-object";
import { isUnknownValue } from "./unknown-value";

const PROPERTY_NAME_MAX_LENGTH = 255;

/** Values are free text, multi-line allowed, with no other control characters. */
const PropertyValue = new t.Type<string, string, unknown>(
  "property value",
  (value): value is string => typeof value === "string",
  (value, context) => {
    if (typeof value !== "string") {
      return t.failure(value, context, "must be a string");
    }

    const control = forbiddenControlCharacter(value, "multiLine");
    return control === undefined
      ? t.success(value)
      : t.failure(undefined, context, controlCharacterReason(control, "multiLine"));
  },
  t.identity,
);

/** Defines rather than assigns, so a property named "__proto__" stays an ordinary entry. */
function setEntry(target: Record<string, string>, name: string, value: string): void {
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export const CustomProperties = new t.Type<Record<string, string>, Record<string, string>, unknown>(
  "custom properties",
  (value): value is Record<string, string> => isPlainObject(value),
  (input, context) => {
    if (!isPlainObject(input)) {
      return t.failure(
        input,
        context,
        'must be an object of names to string values, e.g. { zone: "east" }',
      );
    }

    const errors: t.Errors = [];
    const output: Record<string, string> = {};

    for (const [name, value] of Object.entries(input)) {
      const valueContext = t.appendContext(context, name, PropertyValue, value);
      if (name.trim() === "" || name.length > PROPERTY_NAME_MAX_LENGTH) {
        errors.push({
          value: undefined,
          context: valueContext,
          message: `needs a name of 1 to ${PROPERTY_NAME_MAX_LENGTH} characters that is not only spaces`,
        });
        continue;
      }

      const control = forbiddenControlCharacter(name, "none");
      if (control !== undefined) {
        errors.push({
          value: undefined,
          context: valueContext,
          message: `needs a name without control characters (found ${control.codePoint} at character ${control.position})`,
        });
        continue;
      }

      if (isUnknownValue(value)) {
        setEntry(output, name, value as string);
        continue;
      }

      const result = PropertyValue.validate(value, valueContext);
      if (isLeft(result)) {
        errors.push(...result.left);
      } else {
        setEntry(output, name, result.right);
      }
    }

    return errors.length > 0 ? t.failures(errors) : t.success(output);
  },
  t.identity,
);

export function customPropertiesToEngine(properties: Record<string, string>): {
  property: Array<{ name: string; value: string }>;
} {
  return { property: Object.entries(properties).map(([name, value]) => ({ name, value })) };
}

/** The engine's wrapped list back to a plain object; entries without a string name are skipped. */
export function customPropertiesFromEngine(properties: unknown): Record<string, string> {
  const output: Record<string, string> = {};

  for (const item of readList(properties, "property")) {
    if (isPlainObject(item) && typeof item.name === "string") {
      setEntry(output, item.name, typeof item.value === "string" ? item.value : "");
    }
  }

  return output;
}

/** The `properties` field of an add body: left out when there are none to set. */
export function customPropertiesForAdd(
  properties: Record<string, string> | undefined,
): ReturnType<typeof customPropertiesToEngine> | undefined {
  return properties === undefined || Object.keys(properties).length === 0
    ? undefined
    : customPropertiesToEngine(properties);
}
