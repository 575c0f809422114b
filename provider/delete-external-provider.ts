/**
 * Removing a provider: one DELETE. A provider already gone counts as removed. The engine refuses
 * (HTTP 409) to remove a provider in use: networks used by VMs, a cluster's default network
 * provider, an active Cinder storage domain. Its detail names what uses it; the kind adds what to
 * do about it.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineError, isEngineNotFound } from "./engine/engine-error";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";

export async function deleteExternalProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  id: string,
  inputs: Inputs,
): Promise<void> {
  const query = kind.removeQuery?.(inputs);

  try {
    await client.delete(`/${kind.collection.path}/${id}`, query === undefined ? {} : { query });
  } catch (error) {
    if (isEngineNotFound(error)) {
      return;
    }

    if (isEngineError(error) && error.status === 409) {
      const said = (error.detail ?? error.reason ?? "no detail given").replace(/\.+$/, "");
      throw new Error(
        `The engine ${client.apiUrl} refuses to remove the ${kind.displayName} ` +
          `"${inputs.name}" (id ${id}) while it is in use: ${said}. ${kind.inUseAdvice}`,
        { cause: error },
      );
    }

    throw error;
  }
}
