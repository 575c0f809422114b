/**
 * Tiny readers and writers for the engine's JSON wire format, used by the codecs' mappings:
 * booleans and integers travel as strings ("true", "5672"), absent keys mean "not set", and
 * lists sit under a wrapper object with a singular key ({"property": [...]}, or {} when empty).
 *
 * They mirror provider/engine/wire-format.ts (owned by the engine client) but stay here so the
 * codecs have no dependency on the client; both follow engine-api.md section 2.2.
 */
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

/** "true"/"false" in any case, "1"/"0", or JSON booleans; anything else counts as absent. */
export function readFlag(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): boolean | undefined {
  const value = entity[key];
  if (typeof value === "boolean") {
    return value;
  }

  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  if (text === "true" || text === "1") {
    return true;
  }

  return text === "false" || text === "0" ? false : undefined;
}

export function readWholeNumber(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): number | undefined {
  const value = entity[key];
  const number = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : undefined;
}

/** The nested object under `key`, or undefined. */
export function readObject(
  entity: Readonly<Record<string, unknown>>,
  key: string,
): Readonly<Record<string, unknown>> | undefined {
  const value = entity[key];
  return isPlainObject(value) ? value : undefined;
}

/** The items of a wrapped list ({"property": [...]}); a missing key or `{}` is an empty list. */
export function readWrappedList(container: unknown, key: string): readonly unknown[] {
  if (!isPlainObject(container)) {
    return [];
  }

  const items = container[key];
  if (Array.isArray(items)) {
    return items;
  }

  return isPlainObject(items) ? [items] : [];
}

export function writeFlag(value: boolean): "true" | "false" {
  return value ? "true" : "false";
}

export function writeWholeNumber(value: number): string {
  return String(value);
}

/** Copies only the entries whose value is defined, so the engine sees no null or undefined. */
export function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
