/**
 * Deciding what a change of arguments means for the engine.
 *
 * Pulumi hands diff the stored outputs and the new checked inputs. Outputs hold the declared
 * inputs (overlaid with the engine's view after a refresh), so comparing input by input tells what
 * the user changed. Some changes cannot be made in place (the kind lists them, and a provider on
 * another engine is a different object); provider names are unique engine-wide, so a replacement
 * that keeps the name must delete the old provider first.
 */
import { UNKNOWN_VALUE } from "./codecs/unknown-value";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { inputsOf } from "./provider-state";

export interface PropertyDiff {
  changes: boolean;
  replaces: string[];
  deleteBeforeReplace: boolean;
}

/** Structural equality for JSON-like values; `undefined` and a missing key are the same. */
export function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) {
    return true;
  }

  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => sameValue(item, right[index]))
    );
  }

  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) {
    return false;
  }

  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) =>
    sameValue((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]),
  );
}

/** Names of the top-level inputs whose values differ (an unknown new value counts as a change). */
export function changedInputNames(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): string[] {
  const names = new Set([...Object.keys(olds), ...Object.keys(news)]);

  return [...names].filter(
    (name) => news[name] === UNKNOWN_VALUE || !sameValue(olds[name], news[name]),
  );
}

export function diffProviderProperties<Inputs extends ExternalProviderInputs>(
  kind: ProviderKind<Inputs>,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): PropertyDiff {
  const oldInputs = inputsOf<Record<string, unknown>>(olds);
  const newInputs = inputsOf<Record<string, unknown>>(news);
  const changed = changedInputNames(oldInputs, newInputs);
  const replaces = changed.filter((name) => kind.replaceOnChange.includes(name));

  const oldEngine = (oldInputs.connection as { url?: unknown } | undefined)?.url;
  const newEngine = (newInputs.connection as { url?: unknown } | undefined)?.url;
  if (changed.includes("connection") && !sameValue(oldEngine, newEngine)) {
    replaces.push("connection");
  }

  return {
    changes: changed.length > 0,
    replaces,
    deleteBeforeReplace: replaces.length > 0 && oldInputs.name === newInputs.name,
  };
}
