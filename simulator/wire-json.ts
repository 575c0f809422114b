import { WireDate, isUnset } from "./wire-value";
import type { WireObject, WireValue } from "./wire-value";

/**
 * Renders a tree as the engine's JSON: Jackson driven by JAXB annotations (engine-api.md §2.2).
 * Booleans and 32-bit integers go through XmlAdapter<String,...> and come out as strings; dates
 * are epoch milliseconds; unset values and empty lists are left out, so an empty collection is
 * `{ }`. The layout imitates Jackson's pretty printer (`"key" : value`, arrays `[ a, b ]`).
 */
export function renderJson(body: WireObject): string {
  return printValue(body, "") ?? "{ }";
}

function printValue(value: WireValue, indent: string): string | undefined {
  if (isUnset(value)) return undefined;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return JSON.stringify(value ? "true" : "false");
  if (typeof value === "number") return JSON.stringify(String(Math.trunc(value)));
  if (value instanceof WireDate) return String(value.epochMs);
  if (Array.isArray(value)) {
    const items = value.map((item) => printValue(item, indent)).filter((item) => item != null);
    return items.length === 0 ? undefined : `[ ${items.join(", ")} ]`;
  }
  return printObject(value as WireObject, indent);
}

function printObject(object: WireObject, indent: string): string {
  const inner = `${indent}  `;
  const members: string[] = [];
  for (const [key, member] of Object.entries(object)) {
    const printed = printValue(member, inner);
    if (printed !== undefined) members.push(`${inner}${JSON.stringify(key)} : ${printed}`);
  }
  return members.length === 0 ? "{ }" : `{\n${members.join(",\n")}\n${indent}}`;
}
