import { operationFailed } from "./faults";

/** One `field=value` (or `!=`) term of an engine search; `*` in the value is a wildcard. */
interface SearchTerm {
  field: string;
  negated: boolean;
  pattern: string;
}

/**
 * A small part of the engine's search language, enough for what clients send to provider
 * lists: terms `field=value`, `field!=value` joined by `and`, values optionally in double
 * quotes, `*` as wildcard. `case_sensitive` defaults to true as in the API model. Fields the
 * object does not have, or anything else, give a 400 fault (exact engine text unconfirmed).
 */
export function compileSearch(
  query: string,
  fields: readonly string[],
  caseSensitive: boolean,
): (values: Record<string, string | undefined>) => boolean {
  const terms = parseTerms(query, fields);
  return (values) =>
    terms.every((term) => {
      const value = values[term.field] ?? "";
      const matched = wildcard(term.pattern, caseSensitive).test(value);
      return term.negated ? !matched : matched;
    });
}

function parseTerms(query: string, fields: readonly string[]): SearchTerm[] {
  const text = query.trim();
  if (text === "") return [];
  return text.split(/\s+and\s+/i).map((part) => {
    const match = /^([a-z_]+)\s*(!=|=)\s*(?:"([^"]*)"|(\S+))$/i.exec(part.trim());
    const field = match?.[1]?.toLowerCase();
    if (match === null || field === undefined || !fields.includes(field)) {
      throw operationFailed(400, ["Invalid search query."]);
    }
    return { field, negated: match[2] === "!=", pattern: match[3] ?? match[4] ?? "" };
  });
}

function wildcard(pattern: string, caseSensitive: boolean): RegExp {
  const source = pattern
    .split("*")
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`, caseSensitive ? "" : "i");
}
