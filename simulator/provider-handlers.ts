import { randomUUID } from "node:crypto";
import type { ApiReply, ApiRequest } from "./api-request";
import { completedAction, queryFlag } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { StoredProvider } from "./engine-state";
import { EngineFault, incompleteParameters, mandatoryParameterMissing, notFound } from "./faults";
import type { ProviderCollection } from "./provider-collections";
import { applyProviderInput } from "./provider-input";
import { validateAdd, validateRemove, validateUpdate } from "./provider-rules";
import { findForCollection, renderProvider } from "./provider-lookup";
import { listProviders } from "./provider-list";
import { readBody } from "./request-body";
import type { ApiRouter } from "./router";

/** list, add, get, update and remove for one provider collection. */
export function registerProviderCollection(
  router: ApiRouter,
  collection: ProviderCollection,
  context: EngineContext,
): void {
  const path = collection.path;
  router.add("GET", path, (request) => listProviders(request, collection, context));
  router.add("POST", path, (request) => addProvider(request, collection, context));
  router.add("GET", `${path}/:id`, (request, params) => ({
    status: 200,
    document: {
      rootTag: collection.singularTag,
      body: renderProvider(
        request,
        findForCollection(params.id, collection, context),
        collection,
        context,
      ),
    },
  }));
  router.add("PUT", `${path}/:id`, (request, params) =>
    updateProvider(request, params.id as string, collection, context),
  );
  router.add("DELETE", `${path}/:id`, (request, params) =>
    removeProvider(request, params.id as string, collection, context),
  );
}

function addProvider(
  request: ApiRequest,
  collection: ProviderCollection,
  context: EngineContext,
): ApiReply {
  const body = readBody(request, collection.service, "add", collection.singularTag);
  const isCinder = collection.path === "openstackvolumeproviders";
  // Cinder's model method lacks @InputDetail, so the resource's own check answers instead.
  if (body === undefined) {
    throw isCinder
      ? incompleteParameters(collection.javaClass, ["name"], "add")
      : mandatoryParameterMissing("provider");
  }
  const isNetwork = collection.path === "openstacknetworkproviders";
  const draft: StoredProvider = {
    id: randomUUID(),
    // A network provider's type comes only from the request (see validateAdd).
    kind: (isNetwork ? undefined : collection.kinds[0]) as StoredProvider["kind"],
    name: "",
    description: "",
    requiresAuthentication: false,
    ...(isNetwork ? { readOnly: true, autoSync: false, unmanaged: false } : {}),
  };
  applyProviderInput(draft, body.value, body.reader, collection, context, "add");
  if (body.reader.string(body.value, "name") === undefined) {
    throw isCinder
      ? incompleteParameters(collection.javaClass, ["name"], "add")
      : mandatoryParameterMissing("provider.name");
  }
  const dataCenterId = isCinder
    ? resolveDataCenter(body.reader.reference(body.value, "data_center"), context)
    : undefined;
  const refused = validateAdd(draft, context.store.state);
  if (refused !== undefined) throw refused;
  context.store.change((state) => {
    state.providers.push(draft);
    if (draft.kind === "OPENSTACK_IMAGE" || draft.kind === "OPENSTACK_VOLUME") {
      // Adding a Glance or Cinder provider creates its storage domain, named like it.
      const domainId = randomUUID();
      draft.storageDomainId = domainId;
      state.storageDomains.push({
        id: domainId,
        name: draft.name,
        type: draft.kind === "OPENSTACK_IMAGE" ? "image" : "volume",
        status: dataCenterId === undefined ? "unattached" : "active",
        ...(dataCenterId === undefined ? {} : { dataCenterId }),
        providerId: draft.id,
      });
    }
  });
  const entity = renderProvider(request, draft, collection, context);
  return {
    status: 201,
    // The engine's exact Location is unconfirmed (engine-api.md §5.1); absolute is most likely.
    headers: { Location: `${request.origin}${entity.href as string}` },
    document: { rootTag: collection.singularTag, body: entity },
  };
}

function resolveDataCenter(
  wanted: { id?: string; name?: string } | undefined,
  context: EngineContext,
): string | undefined {
  if (wanted === undefined || (wanted.id === undefined && wanted.name === undefined))
    return undefined;
  const found = context.store.state.dataCenters.find((dataCenter) =>
    wanted.id !== undefined ? dataCenter.id === wanted.id : dataCenter.name === wanted.name,
  );
  if (found === undefined) throw notFound();
  return found.id;
}

function updateProvider(
  request: ApiRequest,
  id: string,
  collection: ProviderCollection,
  context: EngineContext,
): ApiReply {
  const stored = findForCollection(id, collection, context);
  const body = readBody(request, collection.service, "update", collection.singularTag);
  if (body === undefined) throw mandatoryParameterMissing("provider");
  const sentId = body.reader.string(body.value, "id");
  if (sentId !== undefined && sentId !== id) {
    throw new EngineFault(409, {
      kind: "fault",
      reason: "Broken immutability constraint",
      detail: "Attempt to set immutable field: id",
    });
  }
  const draft = structuredClone(stored);
  // The host, image and volume mappers set their own backend type on every write.
  if (collection.kinds.length === 1) draft.kind = collection.kinds[0] as StoredProvider["kind"];
  applyProviderInput(draft, body.value, body.reader, collection, context, "update");
  const refused = validateUpdate(stored, draft, context.store.state);
  if (refused !== undefined) throw refused;
  context.store.change((state) => {
    Object.keys(stored).forEach(
      (key) => delete (stored as unknown as Record<string, unknown>)[key],
    );
    Object.assign(stored, draft);
    const domain = state.storageDomains.find(
      (candidate) => candidate.id === stored.storageDomainId,
    );
    if (domain !== undefined) domain.name = stored.name;
  });
  return {
    status: 200,
    document: {
      rootTag: collection.singularTag,
      body: renderProvider(request, stored, collection, context),
    },
  };
}

function removeProvider(
  request: ApiRequest,
  id: string,
  collection: ProviderCollection,
  context: EngineContext,
): ApiReply {
  const provider = context.store.provider(id);
  if (provider === undefined) throw notFound();
  // Only the Cinder collection passes `force` to the backend (4.2+); REST never forces others.
  const force = collection.path === "openstackvolumeproviders" && queryFlag(request, "force");
  const refused = validateRemove(provider, context.store.state, force);
  if (refused !== undefined) throw refused;
  context.store.change((state) => {
    state.providers = state.providers.filter((candidate) => candidate.id !== id);
    // Networks imported from the provider go with it; Cinder keys and the domain as well.
    state.networks = state.networks.filter((network) => network.externalProviderId !== id);
    state.authenticationKeys = state.authenticationKeys.filter((key) => key.providerId !== id);
    state.storageDomains = state.storageDomains.filter((domain) => domain.providerId !== id);
  });
  return queryFlag(request, "async") ? { status: 202 } : completedAction();
}
