/**
 * What an image import leaves on the engine: a floating disk in a storage domain, or a template
 * (with its disk). The import action answers with no id of either, so they are found by name:
 * a disk among those of its storage domain (disk aliases need not be unique, so the caller
 * compares with the disks that were there before), a template by its name (unique engine-wide).
 */
import type { EngineClient } from "./engine/engine-client";
import { removeFromEngine } from "./engine-removal";
import { readList } from "./engine/wire-format";
import type { EngineEntity } from "./provider-lookup";
import { findEntitiesNamed, findEntity, isEngineEntity } from "./provider-lookup";

export type ImageCopyKind = "disk" | "template";

const collections: Record<ImageCopyKind, string> = { disk: "disks", template: "templates" };

/** Ids of the disks with this alias in the storage domain. */
export async function diskIdsInDomain(
  client: EngineClient,
  storageDomainId: string,
  alias: string,
): Promise<string[]> {
  const answer = await client.get(`/storagedomains/${storageDomainId}/disks`);

  return readList(answer, "disk")
    .filter(isEngineEntity)
    .filter((disk) => disk.alias === alias || (disk.alias === undefined && disk.name === alias))
    .map((disk) => disk.id);
}

/** The templates named exactly `name`. */
export async function templatesNamed(client: EngineClient, name: string): Promise<EngineEntity[]> {
  return findEntitiesNamed(client, "/templates", "template", name);
}

/** The disk or template with this id, or undefined when the engine no longer holds it. */
export async function findImageCopy(
  client: EngineClient,
  kind: ImageCopyKind,
  id: string,
): Promise<EngineEntity | undefined> {
  return findEntity(client, `/${collections[kind]}/${id}`);
}

/**
 * Removes the disk or template; one already gone counts as removed. The engine refuses to remove
 * a disk attached to a VM, or a template VMs were made from; the error passes on its words.
 */
export async function removeImageCopy(
  client: EngineClient,
  kind: ImageCopyKind,
  id: string,
  name: string,
): Promise<void> {
  const advice =
    kind === "disk"
      ? "Detach the disk from the VMs that use it"
      : "Remove the VMs made from the template, or let them no longer depend on it";
  await removeFromEngine(client, {
    path: `/${collections[kind]}/${id}`,
    subject: `the imported ${kind} "${name}" (id ${id})`,
    refusedWith: [409, 400],
    advice: `${advice}, then destroy again.`,
  });
}
