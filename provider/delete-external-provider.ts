/**
 * Removing a provider: one DELETE. A provider already gone counts as removed. The engine refuses
 * to remove a provider whose networks are used by VMs or which is a cluster's default network
 * provider (HTTP 409); its detail names the networks or clusters, and the error says what to do.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineError, isEngineNotFound } from "./engine/engine-error";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";

export async function deleteExternalProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  id: string,
  name: string,
): Promise<void> {
  try {
    await client.delete(`/${kind.collection.path}/${id}`);
  } catch (error) {
    if (isEngineNotFound(error)) {
      return;
    }

    if (isEngineError(error) && error.status === 409) {
      throw new Error(
        `The engine ${client.apiUrl} refuses to remove the ${kind.displayName} "${name}" (id ${id}) ` +
          `while it is in use: ${error.detail ?? error.reason ?? "no detail given"}. ` +
          `Detach what uses it (the VM network interfaces on its networks, or the clusters that ` +
          `use it as their default network provider), then run the destroy again.`,
        { cause: error },
      );
    }

    throw error;
  }
}
