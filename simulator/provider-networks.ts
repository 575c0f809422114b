import { randomUUID } from "node:crypto";
import type { ApiReply, ApiRequest } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { RemoteNetwork, StoredProvider } from "./engine-state";
import { lookup, isGiven } from "./engine-lookup";
import { engineMessages } from "./engine-messages";
import { EngineFault, incompleteParameters, notFound } from "./faults";
import { actionLinks, reference, subCollectionLinks } from "./links";
import { openStackNetworkProviders } from "./provider-collections";
import { findForCollection } from "./provider-lookup";
import { remoteInventoryOf } from "./provider-remote";
import { readActionBody } from "./request-body";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

const NETWORKS = "openstacknetworkproviders/:id/networks";
/** The networks a Neutron or OVN provider serves and their import into a data center. */
export function registerProviderNetworkRoutes(router: ApiRouter, context: EngineContext): void {
  const owner = (id: string | undefined) =>
    findForCollection(id, openStackNetworkProviders, context);
  const network = (params: Record<string, string>) => findProviderNetwork(context, params);
  router.add("GET", NETWORKS, async (request, params) => {
    const provider = owner(params.id);
    const { networks } = await remoteInventoryOf(provider, context);
    const items = networks.map((item) => networkToWire(request.base, provider, item));
    return {
      status: 200,
      document: wireCollection("openstack_network", "openstack_networks", items),
    };
  });
  router.add("GET", `${NETWORKS}/:networkId`, async (request, params) => {
    const found = await network(params);
    return {
      status: 200,
      document: {
        rootTag: "openstack_network",
        body: networkToWire(request.base, found.provider, found.network),
      },
    };
  });
  router.add("POST", `${NETWORKS}/:networkId/import`, async (request, params) => {
    const found = await network(params);
    return importNetwork(request, found.provider, found.network, context);
  });
}

export function networkHref(base: string, provider: StoredProvider, network: RemoteNetwork) {
  return `${base}/openstacknetworkproviders/${provider.id}/networks/${network.id}`;
}

function networkToWire(base: string, provider: StoredProvider, network: RemoteNetwork): WireObject {
  const href = networkHref(base, provider, network);
  return {
    openstack_network_provider: reference(base, "openstacknetworkproviders", provider.id),
    actions: actionLinks(href, ["import"]),
    name: network.name,
    href,
    id: network.id,
    link: subCollectionLinks(href, ["subnets"]),
  };
}
/**
 * Import adds a logical network to the data center, provided by the provider. Success echoes
 * the action with status complete; a backend failure comes back inside the action.
 */
function importNetwork(
  request: ApiRequest,
  provider: StoredProvider,
  network: RemoteNetwork,
  context: EngineContext,
): ApiReply {
  const { reader, value } = readActionBody(request, "openstack_network", "import");
  const wanted = reader.reference(value, "data_center");
  if (!isGiven(wanted)) throw incompleteParameters("Action", ["dataCenter.id|name"], "doImport");
  const dataCenter = lookup.dataCenter(context, wanted);
  const echoed = structuredClone(value) as WireObject;
  const clash = context.store.state.networks.some(
    (candidate) => candidate.dataCenterId === dataCenter.id && candidate.name === network.name,
  );
  if (clash) {
    const message = engineMessages.networkNameInUse(network.name);
    throw new EngineFault(message.status, {
      kind: "action",
      action: {
        ...echoed,
        status: "failed",
        fault: { detail: `[${message.text}]`, reason: "Operation Failed" },
      },
    });
  }
  context.store.change((state) =>
    state.networks.push({
      id: randomUUID(),
      name: network.name,
      dataCenterId: dataCenter.id,
      externalProviderId: provider.id,
      externalId: network.id,
    }),
  );
  return { status: 200, document: { rootTag: "action", body: { ...echoed, status: "complete" } } };
}

/** The provider and one of the networks it serves, or 404. */
export async function findProviderNetwork(
  context: EngineContext,
  params: Record<string, string>,
): Promise<{ provider: StoredProvider; network: RemoteNetwork }> {
  const provider = findForCollection(params.id, openStackNetworkProviders, context);
  const { networks } = await remoteInventoryOf(provider, context);
  const found = networks.find((candidate) => candidate.id === params.networkId);
  if (found === undefined) throw notFound();
  return { provider, network: found };
}
