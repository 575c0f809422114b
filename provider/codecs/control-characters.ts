/**
 * Control characters in free text. The engine stores text as given and hands it on: to its
 * database, its logs, the Administration Portal, and in headers and URLs of requests to the
 * provider. A NUL, an escape sequence or a carriage return there is never what a person meant and
 * is how log and header injection start, so every text argument refuses them. Descriptions may
 * span lines, so they keep tab and line feed (U+0009, U+000A) and nothing else.
 */

/** C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls (U+0080-U+009F). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

/** Which control characters a text may hold: none, or the tab and line feed of multi-line text. */
export type ControlCharacterRule = "none" | "multiLine";

const multiLineAllowed = new Set(["\t", "\n"]);

/** The first control character the rule forbids, with its 1-based position; undefined if none. */
export function forbiddenControlCharacter(
  text: string,
  rule: ControlCharacterRule,
): { codePoint: string; position: number } | undefined {
  for (const match of text.matchAll(controlCharacters)) {
    if (rule === "multiLine" && multiLineAllowed.has(match[0])) {
      continue;
    }

    const hex = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return { codePoint: `U+${hex}`, position: (match.index ?? 0) + 1 };
  }

  return undefined;
}

/** The reason for refusing a text that holds a forbidden control character. */
export function controlCharacterReason(
  found: { codePoint: string; position: number },
  rule: ControlCharacterRule,
): string {
  const where = `(found ${found.codePoint} at character ${found.position})`;

  return rule === "multiLine"
    ? `may contain tabs and line breaks (\\n) but no other control characters such as NUL, carriage return or escape ${where}`
    : `must not contain control characters such as line breaks, tabs, NUL or escape ${where}`;
}
