/**
 * Removing a provider: one DELETE. A provider already gone counts as removed. The engine refuses
 * (HTTP 409) to remove a provider in use: networks used by VMs, a cluster's default network
 * provider, an active Cinder storage domain. Its detail names what uses it; the kind adds what to
 * do about it.
 */
import type { EngineClient } from "./engine/engine-client";
import { removeFromEngine } from "./engine-removal";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";

export async function deleteExternalProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  id: string,
  inputs: Inputs,
): Promise<void> {
  await removeFromEngine(client, {
    path: `/${kind.collection.path}/${id}`,
    query: kind.removeQuery?.(inputs),
    subject: `the ${kind.displayName} "${inputs.name}" (id ${id})`,
    refusedWith: [409],
    refusedWhileInUse: true,
    advice: kind.inUseAdvice,
  });
}
