/**
 * Diff for the import resources. An import is done once: the engine offers no way to change what
 * was imported, so a change of any argument means a new import (a replacement). The exceptions
 * are arguments that only steer this resource (such as `removeOnDestroy`), credentials that were
 * used once and may rotate, and the credentials of the engine connection; a connection to
 * another engine does replace, as it reaches other objects.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import { declaredInputs } from "./computed-outputs";
import { changedInputNames, sameValue } from "./diff-properties";

export interface ImportDiffRules {
  /** Outputs that are no inputs. */
  computedNames: readonly string[];
  /** Inputs whose change is kept in state without a new import. */
  changedInPlace: readonly string[];
  /** Whether the old object must go before the new one is made (names unique on the engine). */
  deleteFirst?(olds: Record<string, unknown>, news: Record<string, unknown>): boolean;
}

function engineUrlOf(inputs: Record<string, unknown>): unknown {
  return (inputs.connection as { url?: unknown } | undefined)?.url;
}

export function diffImport(
  rules: ImportDiffRules,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): dynamic.DiffResult {
  const oldInputs = declaredInputs<Record<string, unknown>>(olds, rules.computedNames);
  const newInputs = declaredInputs<Record<string, unknown>>(news, rules.computedNames);
  const changed = changedInputNames(oldInputs, newInputs);

  const replaces = changed.filter(
    (name) =>
      !rules.changedInPlace.includes(name) &&
      (name !== "connection" || !sameValue(engineUrlOf(oldInputs), engineUrlOf(newInputs))),
  );

  return {
    changes: changed.length > 0,
    replaces,
    deleteBeforeReplace:
      replaces.length > 0 && (rules.deleteFirst?.(oldInputs, newInputs) ?? false),
  };
}
