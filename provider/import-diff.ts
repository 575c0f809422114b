/**
 * Diff for the import resources. An import is done once: the engine offers no way to change what
 * was imported, so a change of an argument that shaped the result means a new import (a
 * replacement). The exceptions are arguments that only steer this resource (such as
 * `removeOnDestroy`), arguments the engine reads only while importing (credentials and the
 * source's location, which may rotate or move afterwards), and the credentials of the engine
 * connection; a connection to another engine does replace, as it reaches other objects.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import { declaredInputs } from "./computed-outputs";
import { changedInputNames } from "./diff-properties";
import { sameEngine } from "./engine-identity";

export interface ImportDiffRules {
  /** Outputs that are no inputs. */
  computedNames: readonly string[];
  /**
   * Inputs whose change is kept in state without a new import. An unknown value (a preview
   * while the resource it comes from changes) is no reason to replace either.
   */
  changedInPlace: readonly string[];
  /**
   * Whether the old object must go before the new one is made on the same engine (names unique
   * there). Gets the old and new declared inputs, and the stored outputs with the computed
   * values (the engine's ids and names). A replacement on another engine never asks.
   */
  deleteFirst?(
    olds: Record<string, unknown>,
    news: Record<string, unknown>,
    stored: Record<string, unknown>,
  ): boolean | Promise<boolean>;
}

export async function diffImport(
  rules: ImportDiffRules,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): Promise<dynamic.DiffResult> {
  const oldInputs = declaredInputs<Record<string, unknown>>(olds, rules.computedNames);
  const newInputs = declaredInputs<Record<string, unknown>>(news, rules.computedNames);
  const changed = changedInputNames(oldInputs, newInputs);
  const engines = sameEngine(oldInputs, newInputs);

  const replaces = changed.filter(
    (name) => !rules.changedInPlace.includes(name) && (name !== "connection" || engines !== true),
  );

  // Only an engine surely different from the old one cannot hold a colliding object.
  return {
    changes: changed.length > 0,
    replaces,
    deleteBeforeReplace:
      replaces.length > 0 &&
      engines !== false &&
      ((await rules.deleteFirst?.(oldInputs, newInputs, olds)) ?? false),
  };
}
