/**
 * The engine's logical networks as an imported network sees them. The import action answers
 * only "complete", with no id, so the new network is found by name in its data center among
 * those the provider provides. Removal goes through DELETE /networks/{id}.
 */
import type { EngineClient } from "./engine/engine-client";
import { removeFromEngine } from "./engine-removal";
import { readReference } from "./engine/wire-format";
import type { EngineEntity } from "./provider-lookup";
import { findEntitiesNamed, findEntity } from "./provider-lookup";

export interface NetworkPlace {
  name: string;
  dataCenterId: string;
  /** Only networks provided by this provider count; any network when undefined. */
  providerId?: string;
}

/** The logical networks named `place.name` in the data center (and from the provider). */
export async function findNetworksAt(
  client: EngineClient,
  place: NetworkPlace,
): Promise<EngineEntity[]> {
  const named = await findEntitiesNamed(client, "/networks", "network", place.name);

  return named.filter(
    (network) =>
      readReference(network.data_center)?.id === place.dataCenterId &&
      (place.providerId === undefined ||
        readReference(network.external_provider)?.id === place.providerId),
  );
}

/** The logical network with this id, or undefined when the engine no longer holds it. */
export async function findNetwork(
  client: EngineClient,
  id: string,
): Promise<EngineEntity | undefined> {
  return findEntity(client, `/networks/${id}`);
}

/**
 * Removes an imported network from its data center; one already gone counts as removed. The
 * engine refuses while VMs, templates or hosts use it, and its detail says which.
 */
export async function removeNetwork(client: EngineClient, id: string, name: string): Promise<void> {
  await removeFromEngine(client, {
    path: `/networks/${id}`,
    subject: `the imported network "${name}" (id ${id})`,
    refusedWith: [409],
    refusedWhileInUse: true,
    advice:
      "Remove it from the VMs, templates and host network attachments that use it, then " +
      "destroy again.",
  });
}
