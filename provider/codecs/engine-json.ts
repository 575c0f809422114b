/**
 * Small helpers for reading the engine's entities field by field in the codecs' mappings. The
 * wire rules themselves (string booleans and integers, `{}` for an empty list) live in the
 * engine client's wire-format module; these only add field access and tidy bodies.
 */
import { readBoolean, readInteger } from "../engine/wire-format";
import { isPlainObject } from "./strict-object";

/** The engine's entity as an object, or an empty one when it is not an object. */
export function asEntity(entity: unknown): Readonly<Record<string, unknown>> {
  return isPlainObject(entity) ? entity : {};
}

export function readText(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined {
  const value = entity[key];
  return typeof value === "string" ? value : undefined;
}

/** A boolean field as the engine writes it ("true"/"false"); anything else counts as absent. */
export function readFlag(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): boolean | undefined {
  return readBoolean(entity[key]);
}

/** An integer field as the engine writes it ("5672"); anything else counts as absent. */
export function readWholeNumber(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): number | undefined {
  return readInteger(entity[key]);
}

/** The nested object under `key`, or undefined. */
export function readObject(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): Readonly<Record<string, unknown>> | undefined {
  const value = entity[key];
  return isPlainObject(value) ? value : undefined;
}

/**
 * Copies only the entries whose value is defined. The engine then sees no null or undefined, and
 * neither does Pulumi's dynamic-provider plugin, which turns what a provider returns into a
 * protobuf Struct that refuses undefined: one such value fails the whole call with "Unexpected
 * struct type", after the engine has already done the work.
 */
export function definedOnly<Fields extends object>(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Fields;
}
