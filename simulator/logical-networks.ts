import type { ApiRequest } from "./api-request";
import { completedAction } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { LogicalNetwork } from "./engine-state";
import { engineMessages } from "./engine-messages";
import { notFound, operationFailed } from "./faults";
import { reference } from "./links";
import { nameSearchOf } from "./name-search";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

/**
 * The engine's logical networks (`/networks`), among them those imported from network
 * providers. Removing one only removes it from its data center: the network stays on the
 * provider, as with the engine's REST remove. VMs whose vNICs use it make the engine refuse.
 */
export function registerLogicalNetworkRoutes(router: ApiRouter, context: EngineContext): void {
  const find = (id: string | undefined) => {
    const found = context.store.state.networks.find((network) => network.id === id);
    if (found === undefined) throw notFound();
    return found;
  };
  router.add("GET", "networks", (request) => {
    const matches = nameSearchOf(request);
    const items = context.store.state.networks
      .filter((network) => matches(network.name))
      .map((network) => networkToWire(request, network));
    return { status: 200, document: wireCollection("network", "networks", items) };
  });
  router.add("GET", "networks/:id", (request, params) => ({
    status: 200,
    document: { rootTag: "network", body: networkToWire(request, find(params.id)) },
  }));
  router.add("DELETE", "networks/:id", (_request, params) => {
    const network = find(params.id);
    const users = context.store.state.vms
      .filter((vm) => vm.networkIds.includes(network.id))
      .map((vm) => vm.name);
    if (users.length > 0) {
      const refusal = engineMessages.networkUsedByVms(users);
      throw operationFailed(refusal.status, [refusal.text]);
    }
    context.store.change((state) => {
      state.networks = state.networks.filter((candidate) => candidate.id !== network.id);
    });
    return completedAction();
  });
}

/**
 * The model's Network as the engine lists a VM network with default settings. The model has no
 * attribute for the provider-side id of an imported network (the backend's `providedBy` maps to
 * `external_provider` only), so `externalId` stays inside the simulator.
 */
function networkToWire(request: ApiRequest, network: LogicalNetwork): WireObject {
  return {
    mtu: 0,
    stp: false,
    usages: { usage: ["vm"] },
    data_center: reference(request.base, "datacenters", network.dataCenterId),
    external_provider:
      network.externalProviderId === undefined
        ? undefined
        : reference(request.base, "openstacknetworkproviders", network.externalProviderId),
    name: network.name,
    href: `${request.base}/networks/${network.id}`,
    id: network.id,
  };
}
