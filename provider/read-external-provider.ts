/**
 * Refreshing a provider: one GET. The engine's view is laid over the stored inputs, and returned
 * both as outputs and as inputs, so a refresh of an unchanged provider shows no change and one
 * changed outside Pulumi shows exactly the drift. A provider deleted outside Pulumi reads as gone.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineNotFound } from "./engine/engine-error";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { isEngineEntity } from "./provider-lookup";
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
  let entity: unknown;

  try {
    entity = await client.get(`/${kind.collection.path}/${id}`);
  } catch (error) {
    if (isEngineNotFound(error)) {
      return { found: false };
    }
    throw error;
  }

  // The engine renders any provider id through any provider collection; a network provider of
  // the other type, or an answer without an id, is not the provider this resource manages.
  const wrongType =
    kind.networkType !== undefined &&
    (entity as { type?: unknown } | undefined)?.type !== kind.networkType;
  if (!isEngineEntity(entity) || wrongType) {
    return { found: false };
  }

  const inputs = overlayEngineView(kind, stored, kind.fromEngine(entity));
  return { found: true, inputs, outs: outputsFor(inputs, id) };
}
