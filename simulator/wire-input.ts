import { invalidValue, syntacticallyIncorrect } from "./faults";

/** A parsed request body: JSON as sent, or XML turned into the same shape (see wire-xml.ts). */
export type InputObject = Record<string, unknown>;

export type InputFormat = "json" | "xml";

/**
 * Reads fields of a request body the way the engine's binding does (engine-api.md §2.2):
 * booleans accept true/false in any case plus "0"/"1" (and JSON literals), integers accept
 * digits, enums are case-insensitive. A bad value in XML is 400 "Invalid value"; in JSON the
 * docs infer Jackson turns the same mistake into 400 "Request syntactically incorrect.", and
 * that is what the simulator answers (unconfirmed, engine-api.md §9).
 */
export class InputReader {
  constructor(
    readonly format: InputFormat,
    private readonly service: string,
    private readonly method: string,
    private readonly origin: string,
  ) {}

  syntaxError() {
    return syntacticallyIncorrect(this.service, this.method, this.origin);
  }

  /** Jackson fails on properties the model class does not have (FAIL_ON_UNKNOWN_PROPERTIES). */
  rejectUnknownFields(body: InputObject, known: readonly string[]): void {
    for (const key of Object.keys(body)) {
      if (!known.includes(key)) throw this.syntaxError();
    }
  }

  string(body: InputObject, key: string): string | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    // Jackson coerces scalars into String fields; objects and arrays do not fit.
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw this.syntaxError();
  }

  boolean(body: InputObject, key: string): boolean | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    if (typeof value === "string") {
      const lower = value.trim().toLowerCase();
      if (lower === "true" || lower === "1") return true;
      if (lower === "false" || lower === "0") return false;
    }
    if (this.format === "xml") {
      throw invalidValue(
        `Value "${String(value)}" isn't a valid boolean, it should be "true" , "false", "0" or "1"`,
      );
    }
    throw this.syntaxError();
  }

  integer(body: InputObject, key: string): number | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) {
      const parsed = Number(value);
      if (Number.isSafeInteger(parsed) && Math.abs(parsed) <= 2 ** 31) return parsed;
    }
    if (this.format === "xml") {
      throw invalidValue(`Value "${String(value)}" isn't a valid integer`);
    }
    throw this.syntaxError();
  }

  enumValue<T extends string>(
    body: InputObject,
    key: string,
    values: readonly T[],
    enumName: string,
  ): T | undefined {
    const raw = this.string(body, key);
    if (raw === undefined) return undefined;
    const found = values.find((candidate) => candidate === raw.toLowerCase());
    if (found !== undefined) return found;
    if (this.format === "xml") {
      const valid = values.map((candidate) => `'${candidate}'`).join(", ");
      throw invalidValue(
        `The string '${raw}' isn't a valid value for the '${enumName}' enumerated type. Valid values are: ${valid}.`,
      );
    }
    throw this.syntaxError();
  }

  object(body: InputObject, key: string): InputObject | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "object" && !Array.isArray(value)) return value as InputObject;
    // XML renders an empty element as "", which stands for an empty object.
    if (value === "") return {};
    throw this.syntaxError();
  }

  /** A wrapped list such as `{"property": [...]}`; a lone item is taken as a list of one. */
  list(container: InputObject | undefined, key: string): InputObject[] {
    if (container === undefined) return [];
    const value = container[key];
    if (value === undefined || value === null || value === "") return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
      if (typeof item === "object" && item !== null && !Array.isArray(item)) {
        return item as InputObject;
      }
      throw this.syntaxError();
    });
  }

  /** A wrapped list of strings such as `{"dns_server": ["8.8.8.8"]}`. */
  stringList(container: InputObject | undefined, key: string): string[] {
    if (container === undefined) return [];
    const value = container[key];
    if (value === undefined || value === null) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
      if (typeof item === "string") return item;
      throw this.syntaxError();
    });
  }

  /** `{"id": ...}` or `{"name": ...}` reference to another object. */
  reference(body: InputObject, key: string): { id?: string; name?: string } | undefined {
    const target = this.object(body, key);
    if (target === undefined) return undefined;
    const id = this.string(target, "id");
    const name = this.string(target, "name");
    return { ...(id !== undefined ? { id } : {}), ...(name !== undefined ? { name } : {}) };
  }
}
