import type { ApiReply, ApiRequest } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { EngineState } from "./engine-state";
import { notFound } from "./faults";
import { reference } from "./links";
import { findForCollection } from "./provider-lookup";
import { externalHostProviders, openStackNetworkProviders } from "./provider-collections";
import { providerToWire } from "./provider-wire";
import { remoteInventoryOf } from "./provider-remote";
import type { ApiRouter } from "./router";
import { compileSearch } from "./search-query";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

interface InventoryCollection {
  path: string;
  singularTag: string;
  pluralTag: string;
  items: (state: EngineState) => Array<{ id: string; name: string }>;
  render: (item: never, base: string, state: EngineState) => WireObject;
}

/**
 * Read-only views of the objects imports and providers refer to (data centers, clusters,
 * storage domains, hosts), so a client can resolve names as on an engine. They show only the
 * members this simulator models. Logical networks, VMs, templates and disks, which clients
 * also remove, have their own files.
 */
const COLLECTIONS: InventoryCollection[] = [
  {
    path: "datacenters",
    singularTag: "data_center",
    pluralTag: "data_centers",
    items: (state) => state.dataCenters,
    render: (item: { id: string; name: string }, base) => ({
      status: "up",
      name: item.name,
      href: `${base}/datacenters/${item.id}`,
      id: item.id,
    }),
  },
  {
    path: "clusters",
    singularTag: "cluster",
    pluralTag: "clusters",
    items: (state) => state.clusters,
    render: (item: EngineState["clusters"][number], base) => ({
      data_center: reference(base, "datacenters", item.dataCenterId),
      name: item.name,
      href: `${base}/clusters/${item.id}`,
      id: item.id,
      link: [
        {
          href: `${base}/clusters/${item.id}/externalnetworkproviders`,
          rel: "externalnetworkproviders",
        },
      ],
    }),
  },
  {
    path: "storagedomains",
    singularTag: "storage_domain",
    pluralTag: "storage_domains",
    items: (state) => state.storageDomains,
    render: (item: EngineState["storageDomains"][number], base) => ({
      status: item.status === "unattached" ? "unattached" : undefined,
      type: item.type,
      data_centers:
        item.dataCenterId === undefined
          ? undefined
          : { data_center: [reference(base, "datacenters", item.dataCenterId)] },
      name: item.name,
      href: `${base}/storagedomains/${item.id}`,
      id: item.id,
    }),
  },
  {
    path: "hosts",
    singularTag: "host",
    pluralTag: "hosts",
    items: (state) => state.hosts,
    render: (item: EngineState["hosts"][number], base) => ({
      status: "up",
      cluster: reference(base, "clusters", item.clusterId),
      name: item.name,
      href: `${base}/hosts/${item.id}`,
      id: item.id,
    }),
  },
];

// Foreman-side objects are fetched live from Foreman; the simulator models none of them.
// TODO: serve seeded Foreman hosts, host groups, discovered hosts and compute resources; today
// these lists are empty for any reachable Foreman, since no client of this package reads them.
const FOREMAN_LISTS: Array<[string, string]> = [
  ["hosts", "external_host"],
  ["hostgroups", "external_host_group"],
  ["discoveredhosts", "external_discovered_host"],
  ["computeresources", "external_compute_resource"],
];

export function registerInventoryRoutes(router: ApiRouter, context: EngineContext): void {
  for (const collection of COLLECTIONS) {
    router.add("GET", collection.path, (request) => list(request, collection, context));
    router.add("GET", `${collection.path}/:id`, (request, params) => {
      const item = collection
        .items(context.store.state)
        .find((candidate) => candidate.id === params.id);
      if (item === undefined) throw notFound();
      return {
        status: 200,
        document: {
          rootTag: collection.singularTag,
          body: collection.render(item as never, request.base, context.store.state),
        },
      };
    });
  }
  router.add("GET", "clusters/:id/externalnetworkproviders", (request, params) => {
    const cluster = context.store.state.clusters.find((candidate) => candidate.id === params.id);
    if (cluster === undefined) throw notFound();
    const provider =
      cluster.defaultNetworkProviderId === undefined
        ? undefined
        : context.store.provider(cluster.defaultNetworkProviderId);
    const items =
      provider === undefined
        ? []
        : [
            providerToWire(provider, openStackNetworkProviders, context, {
              base: request.base,
              allContent: false,
            }),
          ];
    return {
      status: 200,
      document: wireCollection("external_provider", "external_providers", items),
    };
  });
  for (const [path, tag] of FOREMAN_LISTS) {
    router.add("GET", `externalhostproviders/:id/${path}`, async (_request, params) => {
      await remoteInventoryOf(
        findForCollection(params.id, externalHostProviders, context),
        context,
      );
      return { status: 200, document: wireCollection(tag, `${tag}s`, []) };
    });
  }
}

function list(
  request: ApiRequest,
  collection: InventoryCollection,
  context: EngineContext,
): ApiReply {
  const caseSensitive = request.query.case_sensitive?.toLowerCase() !== "false";
  const matches = compileSearch(request.query.search ?? "", ["name"], caseSensitive);
  const items = collection
    .items(context.store.state)
    .filter((item) => matches({ name: item.name }))
    .map((item) => collection.render(item as never, request.base, context.store.state));
  return {
    status: 200,
    document: wireCollection(collection.singularTag, collection.pluralTag, items),
  };
}
