/**
 * A step after the engine accepted a provider's POST or PUT (follow-up-steps.ts) that did not
 * complete. `unappliedArguments` names the inputs whose effect may be missing on the engine; the
 * stored state leaves them out, so the next update sees them as new and redoes the step.
 */
export class FollowUpStepError extends Error {
  override readonly name = "FollowUpStepError";

  constructor(
    message: string,
    readonly unappliedArguments: readonly string[],
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** Recognises the error by name: provider code may be loaded twice in one process. */
export function isFollowUpStepError(error: unknown): error is FollowUpStepError {
  return error instanceof Error && error.name === "FollowUpStepError";
}

/** The outputs without the arguments whose step did not complete. */
export function withoutUnappliedArguments<Outputs extends object>(
  outputs: Outputs,
  unapplied: Iterable<string>,
): Outputs {
  const kept: Record<string, unknown> = { ...(outputs as Record<string, unknown>) };
  for (const name of unapplied) {
    delete kept[name];
  }

  return kept as Outputs;
}
