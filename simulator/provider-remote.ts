import type { EngineContext } from "./engine-context";
import type { RemoteInventory, StoredProvider } from "./engine-state";
import { engineMessages } from "./engine-messages";
import { operationFailed } from "./faults";
import { probeProvider } from "./provider-probe";

/**
 * What a provider serves (networks, images, volume types). The engine fetches these live, so
 * a provider the test of connectivity would fail on fails the listing the same way.
 */
export async function remoteInventoryOf(
  provider: StoredProvider,
  context: EngineContext,
): Promise<RemoteInventory> {
  const outcome = await probeProvider(provider, context);
  if (outcome === "ssl") throw operationFailed(400, [engineMessages.providerSslFailure().text]);
  if (outcome === "authentication") {
    throw operationFailed(400, [engineMessages.providerAuthenticationFailure().text]);
  }
  if (outcome === "unreachable")
    throw operationFailed(400, [engineMessages.providerFailure().text]);
  return context.store.remoteFor(provider.url);
}
