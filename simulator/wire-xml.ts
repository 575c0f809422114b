import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { InputObject } from "./wire-input";
import { WireDate, isUnset } from "./wire-value";
import type { WireObject, WireValue } from "./wire-value";

/**
 * The engine's XML (engine-api.md §2.3): only `id`, `href` and `rel` are attributes, everything
 * else is a child element; a list repeats its item element inside the wrapper (`<properties>
 * <property>…</property></properties>`); dates are xs:dateTime; an empty collection is `<tags/>`.
 */
export function renderXml(rootTag: string, body: WireObject): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${element(rootTag, body, "")}\n`;
}

const ATTRIBUTES = new Set(["id", "href", "rel"]);

function element(tag: string, value: WireValue, indent: string): string {
  if (Array.isArray(value)) {
    return value
      .filter((item) => !isUnset(item))
      .map((item) => element(tag, item, indent))
      .join("\n");
  }
  if (value instanceof WireDate) return `${indent}<${tag}>${xsDateTime(value)}</${tag}>`;
  if (typeof value !== "object" || value === null) {
    return `${indent}<${tag}>${escapeText(scalarText(value))}</${tag}>`;
  }
  let attributes = "";
  const children: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    if (isUnset(member)) continue;
    if (ATTRIBUTES.has(key) && typeof member === "string") {
      attributes += ` ${key}="${escapeAttribute(member)}"`;
    } else {
      const rendered = element(key, member, `${indent}    `);
      if (rendered !== "") children.push(rendered);
    }
  }
  if (children.length === 0) return `${indent}<${tag}${attributes}/>`;
  return `${indent}<${tag}${attributes}>\n${children.join("\n")}\n${indent}</${tag}>`;
}

function scalarText(value: string | number | boolean | undefined | null): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(Math.trunc(value));
  return value ?? "";
}

// The engine writes dates in its own time zone; UTC is a valid xs:dateTime all the same.
function xsDateTime(date: WireDate): string {
  return new Date(date.epochMs).toISOString().replace("Z", "+00:00");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** Elements that are list items wherever they appear, so one item still reads as a list. */
const LIST_ITEMS = new Set(["property", "link", "certificate", "dns_server"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  // Only nested elements: a root element is never a list item.
  isArray: (name, path) => LIST_ITEMS.has(name) && String(path).includes("."),
});

/** Parses an XML body into its root tag and an object shaped like the JSON input. */
export function parseXml(text: string): { rootTag: string; body: InputObject } | undefined {
  if (XMLValidator.validate(text) !== true) return undefined;
  const document = parser.parse(text) as Record<string, unknown>;
  const roots = Object.keys(document);
  if (roots.length !== 1) return undefined;
  const rootTag = roots[0] as string;
  const content = document[rootTag];
  return { rootTag, body: normalise(content === "" ? {} : content) as InputObject };
}

// Attributes (`@id`) become plain keys, as `id` and `href` are plain members in JSON.
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    result[key.startsWith("@") ? key.slice(1) : key] = normalise(member);
  }
  return result;
}
