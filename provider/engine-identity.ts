/**
 * Whether two declarations of a resource name the same oVirt engine. Diffs need it twice: a
 * changed `connection` that still reaches the same engine only changes credentials (no new
 * object), and a replacement on the same engine must remove the old object first when its name
 * must stay unique there.
 *
 * A resource without `connection` uses the stack's engine. URLs compare as the client reads
 * them, so `https://e/ovirt-engine`, `https://E/ovirt-engine/api/` and `https://e` are one
 * engine.
 */
import { UNKNOWN_VALUE } from "./codecs/unknown-value";
import { stackEngineUrl } from "./connection-settings";
import { readEngineUrl } from "./engine/engine-connection";

function usesStackEngine(inputs: Record<string, unknown>): boolean {
  return inputs.connection === undefined || inputs.connection === null;
}

/** The URL the inputs name their engine by: the connection's, or the stack's without one. */
function declaredUrl(inputs: Record<string, unknown>): unknown {
  if (usesStackEngine(inputs)) {
    return stackEngineUrl();
  }

  return inputs.connection === UNKNOWN_VALUE
    ? UNKNOWN_VALUE
    : (inputs.connection as { url?: unknown }).url;
}

/** The engine base URL the inputs name; undefined while unknown (preview) or unreadable. */
function engineUrlOf(inputs: Record<string, unknown>): string | undefined {
  const url = declaredUrl(inputs);
  if (typeof url !== "string" || url === UNKNOWN_VALUE) {
    return undefined;
  }

  const reading = readEngineUrl(url);
  return reading.ok ? reading.engineUrl : undefined;
}

/**
 * true when both name the same engine, false when they surely name two, and undefined when that
 * cannot be told (a URL not known yet during preview, or one the client would refuse).
 */
export function sameEngine(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): boolean | undefined {
  if (usesStackEngine(olds) && usesStackEngine(news)) {
    return true;
  }

  const before = engineUrlOf(olds);
  const after = engineUrlOf(news);
  return before === undefined || after === undefined ? undefined : before === after;
}
