/**
 * Refreshing a provider: one GET. The engine's view is laid over the stored inputs, and returned
 * both as outputs and as inputs, so a refresh of an unchanged provider shows no change and one
 * changed outside Pulumi shows exactly the drift. A provider deleted outside Pulumi reads as gone.
 */
import type { EngineClient } from "./engine/engine-client";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { findEntity } from "./provider-lookup";
import type { ProviderOutputs } from "./provider-state";
import { outputsFor, overlayEngineView } from "./provider-state";

export type ReadOutcome<Inputs> =
  { found: true; inputs: Inputs; outs: ProviderOutputs<Inputs> } | { found: false };

export async function readExternalProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  id: string,
  stored: Inputs,
): Promise<ReadOutcome<Inputs>> {
  const entity = await findEntity(client, `/${kind.collection.path}/${id}`);

  // The engine renders any provider id through any provider collection; a network provider of
  // the other type, or an answer without an id, is not the provider this resource manages.
  const wrongType = kind.networkType !== undefined && entity?.type !== kind.networkType;
  if (entity === undefined || wrongType) {
    return { found: false };
  }

  const inputs = overlayEngineView(kind, stored, kind.fromEngine(entity));
  return { found: true, inputs, outs: outputsFor(inputs, id) };
}
