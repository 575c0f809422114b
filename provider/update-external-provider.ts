/**
 * Updating a provider: one PUT carrying only the engine fields that changed, or none at all.
 *
 * The engine merges a PUT into the stored provider, so unchanged fields are left out. Write-only
 * fields (passwords) are compared by their declared values, so they are sent again only when
 * the user changed them. A few fields are cleared by the engine when a PUT omits them (Glance's
 * tenant); the kind lists those and they travel with every PUT.
 */
import { changedEngineFields } from "./changed-engine-fields";
import { sameValue } from "./diff-properties";
import type { EngineClient } from "./engine/engine-client";
import { runFollowUpSteps } from "./follow-up-steps";
import type { Logger } from "./logger";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { isEngineEntity } from "./provider-lookup";
import type { ProviderOutputs } from "./provider-state";
import { outputsFor, overlayEngineView } from "./provider-state";
import { messageOf } from "./error-message";

function trustChanged(previous: ExternalProviderInputs, next: ExternalProviderInputs): boolean {
  return (
    !sameValue(previous.trustedCertificate, next.trustedCertificate) ||
    previous.trustPresentedCertificate !== next.trustPresentedCertificate ||
    previous.url !== next.url
  );
}

/** The PUT; its failure names the resource, which the engine's error (a path) does not. */
async function putChanges<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  providerPath: string,
  name: string,
  body: Record<string, unknown>,
): Promise<unknown> {
  try {
    return await client.put(providerPath, body);
  } catch (error) {
    const cause = messageOf(error);
    throw new Error(`Updating the ${kind.displayName} "${name}" failed: ${cause}`, {
      cause: error,
    });
  }
}

export async function updateExternalProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  id: string,
  previous: Inputs,
  next: Inputs,
  logger: Logger,
): Promise<ProviderOutputs<Inputs>> {
  kind.checkEngineSupport?.(await client.engineVersion(), next, logger);

  const providerPath = `/${kind.collection.path}/${id}`;
  const body = changedEngineFields(
    kind.toEngine(previous),
    kind.toEngine(next),
    kind.resendOnUpdate,
  );
  let inputs = next;
  const sendsChanges = Object.keys(body).length > 0;

  if (sendsChanges) {
    const answer = await putChanges(client, kind, providerPath, next.name, body);
    if (isEngineEntity(answer)) {
      inputs = overlayEngineView(kind, next, kind.fromEngine(answer));
    }
  }

  const outs = outputsFor(inputs, id);

  await runFollowUpSteps({
    kind,
    context: { client, providerPath, inputs: next, previousInputs: previous, logger },
    trustCertificate: trustChanged(previous, next),
    outputs: outs,
    // Nothing the engine holds may have changed: only a follow-up (keys, trust, test) ran.
    done: sendsChanges ? "was updated" : `was left as it was (id ${id})`,
  });

  return outs;
}
