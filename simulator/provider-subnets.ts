import { randomUUID } from "node:crypto";
import type { ApiReply, ApiRequest } from "./api-request";
import { completedAction } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { RemoteNetwork, RemoteSubnet, StoredProvider } from "./engine-state";
import { engineMessages } from "./engine-messages";
import { notFound, operationFailed } from "./faults";
import { reference } from "./links";
import { findProviderNetwork, networkHref } from "./provider-networks";
import { readBody } from "./request-body";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

const NETWORKS = "openstacknetworkproviders/:id/networks";
const SUBNET_FIELDS = [
  "id",
  "href",
  "name",
  "comment",
  "description",
  "cidr",
  "ip_version",
  "gateway",
  "dns_servers",
  "openstack_network",
];

/** Subnets of a provider network: listed, added and removed on the provider itself. */
export function registerProviderSubnetRoutes(router: ApiRouter, context: EngineContext): void {
  const network = (params: Record<string, string>) => findProviderNetwork(context, params);
  router.add("GET", `${NETWORKS}/:networkId/subnets`, async (request, params) => {
    const found = await network(params);
    const items = found.network.subnets.map((subnet) =>
      subnetToWire(request.base, found.provider, found.network, subnet),
    );
    return {
      status: 200,
      document: wireCollection("openstack_subnet", "openstack_subnets", items),
    };
  });
  router.add("GET", `${NETWORKS}/:networkId/subnets/:subnetId`, async (request, params) => {
    const found = await network(params);
    const subnet = found.network.subnets.find((candidate) => candidate.id === params.subnetId);
    if (subnet === undefined) throw notFound();
    return {
      status: 200,
      document: {
        rootTag: "openstack_subnet",
        body: subnetToWire(request.base, found.provider, found.network, subnet),
      },
    };
  });
  router.add("POST", `${NETWORKS}/:networkId/subnets`, async (request, params) => {
    const found = await network(params);
    return addSubnet(request, found.provider, found.network, context);
  });
  router.add("DELETE", `${NETWORKS}/:networkId/subnets/:subnetId`, async (_request, params) => {
    const found = await network(params);
    const subnet = found.network.subnets.find((candidate) => candidate.id === params.subnetId);
    if (subnet === undefined) throw notFound();
    refuseIfReadOnly(found.provider);
    context.store.change(() => {
      found.network.subnets = found.network.subnets.filter((candidate) => candidate !== subnet);
    });
    return completedAction();
  });
}

function subnetToWire(
  base: string,
  provider: StoredProvider,
  network: RemoteNetwork,
  subnet: RemoteSubnet,
): WireObject {
  const networkReference = networkHref(base, provider, network);
  return {
    cidr: subnet.cidr,
    dns_servers:
      subnet.dnsServers === undefined || subnet.dnsServers.length === 0
        ? undefined
        : { dns_server: [...subnet.dnsServers] },
    gateway: subnet.gateway,
    ip_version: subnet.ipVersion,
    openstack_network: {
      href: networkReference,
      id: network.id,
      openstack_network_provider: reference(base, "openstacknetworkproviders", provider.id),
    },
    name: subnet.name,
    href: `${networkReference}/subnets/${subnet.id}`,
    id: subnet.id,
  };
}

// Only an external provider enforces read-only; Neutron treats it as a flag (validation-rules.md §2.3).
function refuseIfReadOnly(provider: StoredProvider): void {
  if (provider.kind === "EXTERNAL_NETWORK" && provider.readOnly !== false) {
    throw operationFailed(400, [engineMessages.readOnlyProvider(provider.name).text]);
  }
}

function addSubnet(
  request: ApiRequest,
  provider: StoredProvider,
  network: RemoteNetwork,
  context: EngineContext,
): ApiReply {
  const body = readBody(request, "openstack_subnets", "add", "openstack_subnet");
  const value = body?.value ?? {};
  const reader = body?.reader;
  reader?.rejectUnknownFields(value, SUBNET_FIELDS);
  refuseIfReadOnly(provider);
  const cidr = reader?.string(value, "cidr");
  // The engine checks no field itself; the provider refuses a subnet without CIDR and the
  // engine reports that as a provider failure (inferred, unconfirmed).
  if (cidr === undefined || reader === undefined) {
    throw operationFailed(400, [engineMessages.providerFailure().text]);
  }
  const ipVersion = reader.string(value, "ip_version")?.toLowerCase() === "v6" ? "v6" : "v4";
  const dnsServers = reader.stringList(reader.object(value, "dns_servers"), "dns_server");
  const subnet: RemoteSubnet = {
    id: randomUUID(),
    name: reader.string(value, "name") ?? "",
    cidr,
    ipVersion,
    ...(reader.string(value, "gateway") === undefined
      ? {}
      : { gateway: reader.string(value, "gateway") }),
    ...(dnsServers.length === 0 ? {} : { dnsServers }),
  };
  context.store.change(() => network.subnets.push(subnet));
  const entity = subnetToWire(request.base, provider, network, subnet);
  return {
    status: 201,
    headers: { Location: `${request.origin}${entity.href as string}` },
    document: { rootTag: "openstack_subnet", body: entity },
  };
}
