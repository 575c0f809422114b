/**
 * Decoding and encoding the engine's JSON as it really is (engine-api.md section 2.2).
 *
 * The engine serialises booleans and 32-bit integers through string adapters, so `"true"` and
 * `"5672"` arrive where JSON literals would be expected; an empty list is `{}` (its key is left
 * out), unset fields are absent, and references are `{id, href}` objects. Readers accept both the
 * string and the literal form, because input from other tools (and the engine's own parsers) does.
 * They return undefined for an absent or unreadable value and leave the judgement to the caller.
 */

/** A reference to another engine object, as found in `data_center`, `cluster` and such. */
export interface EngineReference {
  id?: string;
  name?: string;
  href?: string;
}

/** `"true"`/`"false"` (any case), `"1"`/`"0"` or a JSON boolean; undefined otherwise. */
export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") {
    return value;
  }

  if (typeof value !== "string") {
    return undefined;
  }

  const text = value.trim().toLowerCase();

  if (text === "true" || text === "1") {
    return true;
  }

  if (text === "false" || text === "0") {
    return false;
  }

  return undefined;
}

/** A decimal integer string such as `"5672"` or an integral JSON number; undefined otherwise. */
export function readInteger(value: unknown): number | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) ? value : undefined;
  }

  if (typeof value !== "string" || !/^\s*[-+]?\d+\s*$/.test(value)) {
    return undefined;
  }

  const parsed = Number(value);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

/**
 * The items of a list held under `key`, as in `{"openstack_network_provider": [...]}` or
 * `"properties": {"property": [...]}`. A missing container or key is an empty list, which is
 * how the engine writes one; a lone object is a list of one.
 */
export function readList(container: unknown, key: string): unknown[] {
  if (typeof container !== "object" || container === null) {
    return [];
  }

  const items = (container as Record<string, unknown>)[key];

  if (Array.isArray(items)) {
    return items;
  }

  return items === undefined || items === null ? [] : [items];
}

/** `"true"` or `"false"`, as the engine writes booleans. */
export function writeBoolean(value: boolean): "true" | "false" {
  return value ? "true" : "false";
}

/** The decimal string the engine expects for an integer; throws for a non-integer. */
export function writeInteger(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`the engine only takes whole numbers here, not ${value}`);
  }

  return String(value);
}

/** The `id`, `name` and `href` of a reference object; undefined when there is no object. */
export function readReference(value: unknown): EngineReference | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return undefined;
  }

  const record = value as Record<string, unknown>;
  const reference: EngineReference = {};

  for (const key of ["id", "name", "href"] as const) {
    const field = record[key];
    if (typeof field === "string") {
      reference[key] = field;
    }
  }

  return reference;
}
