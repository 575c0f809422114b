/**
 * The engine's VMs as a VM import sees them: finding the VM an import created, checking it still
 * exists, and removing it when the user asked for that on destroy.
 *
 * The engine's `search` may match loosely, so every answer is filtered again by exact name.
 */
import type { EngineClient } from "./engine/engine-client";
import { removeFromEngine } from "./engine-removal";
import type { EngineEntity } from "./provider-lookup";
import { findEntitiesNamed, findEntity } from "./provider-lookup";

/** The VMs named exactly `name`. */
export async function findVmsNamed(client: EngineClient, name: string): Promise<EngineEntity[]> {
  return findEntitiesNamed(client, "/vms", "vm", name);
}

/** The VM with this id, or undefined when the engine no longer holds it. */
export async function findVm(client: EngineClient, id: string): Promise<EngineEntity | undefined> {
  return findEntity(client, `/vms/${id}`);
}

/**
 * Removes a VM; one already gone counts as removed. The engine refuses to remove a running or
 * locked VM (a VM still being imported is locked); the error passes on its words.
 */
export async function removeVm(client: EngineClient, id: string, name: string): Promise<void> {
  await removeFromEngine(client, {
    path: `/vms/${id}`,
    subject: `the imported VM "${name}" (id ${id})`,
    refusedWith: [409, 400],
    advice:
      "Stop the VM, or wait until its import has finished, then destroy again; or set " +
      "removeOnDestroy: false to leave the VM on the engine.",
  });
}
