/**
 * The steps after the engine accepted a provider's POST or PUT: the kind's own (Cinder's Ceph
 * keys), certificate trust, then the connectivity test.
 *
 * When one fails, the provider exists but the resource is not what was declared. The error then
 * carries the id and outputs that leave out the arguments whose step did not complete. Those
 * outputs become the stored state, so the next update compares the declaration with "never
 * applied" and redoes the step. Comparing with the engine's state instead would not do: the
 * engine never shows a Ceph key's value, nor which certificates it trusts.
 */
import { trustProviderCertificate } from "./certificate-trust";
import { testProviderConnectivity } from "./connectivity-test";
import type { ExternalProviderInputs, ProviderContext, ProviderKind } from "./provider-kind";
import type { ProviderOutputs } from "./provider-state";
import { isFollowUpStepError, withoutUnappliedArguments } from "./follow-up-step-error";
import { ProviderInitError } from "./resource-init-error";
import { messageOf } from "./error-message";

/** The arguments of the certificate step. */
export const certificateTrustArguments = [
  "trustedCertificate",
  "trustPresentedCertificate",
] as const;

export interface FollowUpPlan<Inputs extends ExternalProviderInputs> {
  kind: ProviderKind<Inputs>;
  context: ProviderContext<Inputs>;
  /** Whether to (re)import the certificate; update skips it when nothing about it changed. */
  trustCertificate: boolean;
  /** What the outputs will be when every step succeeds. */
  outputs: ProviderOutputs<Inputs>;
  /**
   * What happened before the steps, for the failure message: "was created (id ...)", "was
   * adopted (id ...)", "was updated" or "was left as it was (id ...)".
   */
  done: string;
}

/** Runs the follow-up steps; a failure becomes a ProviderInitError with honest outputs. */
export async function runFollowUpSteps<Inputs extends ExternalProviderInputs>(
  plan: FollowUpPlan<Inputs>,
): Promise<void> {
  const { kind, context } = plan;
  // A certificate already trusted by an earlier run stays trusted whatever fails now.
  const unapplied = new Set<string>(plan.trustCertificate ? certificateTrustArguments : []);

  try {
    await kind.applyFollowUps?.(context);
    if (plan.trustCertificate) {
      await trustProviderCertificate(
        context.client,
        context.providerPath,
        context.inputs,
        context.logger,
      );
    }
    unapplied.clear();
    if (context.inputs.testConnectivity === true) {
      await testProviderConnectivity(context.client, context.providerPath, kind.displayName);
    }
  } catch (error) {
    // A kind's step names the arguments it could not apply (FollowUpStepError); a failure that
    // names none leaves the kind's arguments in the stored state, as if applied.
    for (const name of isFollowUpStepError(error) ? error.unappliedArguments : []) {
      unapplied.add(name);
    }

    const cause = messageOf(error);
    const id = plan.outputs.providerId;
    throw new ProviderInitError(
      `The ${kind.displayName} "${context.inputs.name}" ${plan.done} but a later step failed: ${cause}`,
      id,
      withoutUnappliedArguments(plan.outputs, unapplied),
      error,
    );
  }
}
