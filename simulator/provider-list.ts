import type { ApiReply, ApiRequest } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { ProviderCollection } from "./provider-collections";
import { renderProvider } from "./provider-lookup";
import { compileSearch } from "./search-query";
import { wireCollection } from "./wire-value";

/**
 * GET on a provider collection: `search` over name, type, description and url, `max`, and
 * `case_sensitive`, as one backend search per provider type whose results are concatenated.
 */
export function listProviders(
  request: ApiRequest,
  collection: ProviderCollection,
  context: EngineContext,
): ApiReply {
  const caseSensitive = request.query.case_sensitive?.toLowerCase() !== "false";
  const matches = compileSearch(
    request.query.search ?? "",
    ["name", "type", "description", "url"],
    caseSensitive,
  );
  const max = request.query.max === undefined ? undefined : Number(request.query.max);
  // One backend search per type, concatenated; `max` applies to each (engine-api.md §1.1).
  const items = collection.kinds.flatMap((kind) => {
    const found = context.store.state.providers.filter(
      (provider) =>
        provider.kind === kind &&
        matches({
          name: provider.name,
          type: provider.kind,
          description: provider.description,
          url: provider.url,
        }),
    );
    return max !== undefined && Number.isInteger(max) && max >= 0 ? found.slice(0, max) : found;
  });
  return {
    status: 200,
    document: wireCollection(
      collection.singularTag,
      collection.pluralTag,
      items.map((provider) => renderProvider(request, provider, collection, context)),
    ),
  };
}
