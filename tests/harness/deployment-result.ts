// What a preview, up, refresh or destroy reports back to a test, whichever engine ran it.
import type { LogEntry } from "./engine-service";
import type { PropertyMap } from "./property-values";

export type OperationKind = "preview" | "up" | "refresh" | "destroy";

/** For refresh, "update" means drift was found and "delete" that the object is gone. */
export type StepOperation = "same" | "create" | "update" | "replace" | "delete";

export interface Step {
  urn: string;
  type: string;
  operation: StepOperation;
  /** For a replace: the properties that forced it, and whether the old one went first. */
  replaces?: string[];
  deleteBeforeReplace?: boolean;
  /** Set when the step failed; the message the user would see. */
  error?: string;
}

export interface DeploymentResult {
  operation: OperationKind;
  /** False when a step failed or the program did not finish. */
  ok: boolean;
  /** Every step in the order it finished (or, in a preview, was decided). */
  steps: Step[];
  /** The operation per URN. A replaced URN reads "replace"; both engines fold its old half in. */
  stepsByUrn: Record<string, StepOperation>;
  /** Count per operation, "same" included. */
  changes: Partial<Record<StepOperation, number>>;
  /** Stack outputs; secrets stay wrapped. Empty for refresh and destroy on the test engine. */
  outputs: PropertyMap;
  /** Log lines of the program and engine, and one error per failed step. */
  diagnostics: LogEntry[];
  /** The short plan printed for the operation. */
  plan: string;
}

/** Fills stepsByUrn and changes from the steps. */
export function summarizeSteps(
  steps: readonly Step[],
): Pick<DeploymentResult, "stepsByUrn" | "changes"> {
  const stepsByUrn: Record<string, StepOperation> = {};
  const changes: Partial<Record<StepOperation, number>> = {};
  for (const step of steps) {
    stepsByUrn[step.urn] = step.operation;
    changes[step.operation] = (changes[step.operation] ?? 0) + 1;
  }
  return { stepsByUrn, changes };
}
