/**
 * What a PUT carries. The engine merges a PUT into the stored object, keeping whatever it leaves
 * out: so a PUT carries only the fields that changed, and an empty value for each field that is
 * no longer declared. Shared by update, and by adoption, which brings a found provider to the
 * declared state.
 */
import { sameValue } from "./diff-properties";

/**
 * What a PUT carries to clear a field the user no longer declares: the engine keeps whatever a
 * PUT leaves out, so an empty string clears text and an empty object clears a list or structure.
 */
function clearedValue(previous: unknown): unknown {
  return typeof previous === "object" && previous !== null ? {} : "";
}

/** The fields `previous` holds and `next` lacks, each with the value that clears it on a PUT. */
export function clearedEngineFields(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const cleared: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(previous)) {
    if (next[field] === undefined && value !== undefined) {
      cleared[field] = clearedValue(value);
    }
  }

  return cleared;
}

/**
 * The engine fields of `next` that differ from `previous` (fields dropped since then are sent
 * empty), plus those the kind always resends.
 */
export function changedEngineFields(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  resendOnUpdate: readonly string[] = [],
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};

  for (const [field, value] of Object.entries(next)) {
    if (!sameValue(previous[field], value)) {
      changed[field] = value;
    }
  }

  Object.assign(changed, clearedEngineFields(previous, next));

  if (Object.keys(changed).length > 0) {
    for (const field of resendOnUpdate) {
      if (next[field] !== undefined) {
        changed[field] = next[field];
      }
    }
  }

  return changed;
}
