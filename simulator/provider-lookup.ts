import type { ApiRequest } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { StoredProvider } from "./engine-state";
import { EngineFault, notFound } from "./faults";
import type { ProviderCollection } from "./provider-collections";
import { providerToWire } from "./provider-wire";

/**
 * GET by id does not check the provider type (engine-api.md §5.2): an image or host collection
 * renders any provider in its own shape, while the network mapper throws for a provider that
 * is not a network provider, which the engine answers with 500.
 */
export function findForCollection(
  id: string | undefined,
  collection: ProviderCollection,
  context: EngineContext,
): StoredProvider {
  const provider = context.store.provider(id ?? "");
  if (provider === undefined) throw notFound();
  if (
    collection.path === "openstacknetworkproviders" &&
    !collection.kinds.includes(provider.kind)
  ) {
    throw new EngineFault(500, {
      kind: "fault",
      reason: "Operation Failed",
      detail: "Provider type not allowed",
    });
  }
  return provider;
}

/** The provider as the collection renders it for this request (`All-Content` honoured). */
export function renderProvider(
  request: ApiRequest,
  provider: StoredProvider,
  collection: ProviderCollection,
  context: EngineContext,
) {
  const allContent = (request.headers["all-content"] ?? request.query.all_content) === "true";
  return providerToWire(provider, collection, context, { base: request.base, allContent });
}
