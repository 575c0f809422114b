import { randomUUID } from "node:crypto";
import type {
  EngineState,
  RemoteImage,
  RemoteNetwork,
  RemoteVolumeType,
  StoredProvider,
} from "./engine-state";

/** What a test or the CLI may seed; every list given replaces the default one. */
export interface InventorySeed {
  dataCenters?: Array<{ id?: string; name: string }>;
  clusters?: Array<{ id?: string; name: string; dataCenter: string }>;
  storageDomains?: Array<{ id?: string; name: string; dataCenter?: string }>;
  hosts?: Array<{ id?: string; name: string; cluster: string; canRunVirtV2v?: boolean }>;
  /** Providers that already exist when the engine starts (e.g. engine-setup's OVN provider). */
  providers?: Array<Partial<StoredProvider> & Pick<StoredProvider, "kind" | "name">>;
  /** Provider-side inventory served by every provider endpoint not listed below. */
  defaultProviderNetworks?: RemoteNetwork[];
  defaultProviderImages?: RemoteImage[];
  defaultVolumeTypes?: RemoteVolumeType[];
  /** Provider-side inventory per provider URL (only scheme, host and port count). */
  providerNetworks?: Record<string, RemoteNetwork[]>;
  providerImages?: Record<string, RemoteImage[]>;
  volumeTypes?: Record<string, RemoteVolumeType[]>;
}

// Stable ids so that examples and docs can refer to the seeded objects.
const DEFAULT_IDS = {
  dataCenter: "00000001-0001-0001-0001-000000000001",
  cluster: "00000002-0002-0002-0002-000000000002",
  storageDomain: "00000003-0003-0003-0003-000000000003",
  host: "00000004-0004-0004-0004-000000000004",
};

/** The engine a fresh simulator holds: one of everything an import needs. */
export function seedState(seed: InventorySeed = {}): EngineState {
  const state: EngineState = {
    formatVersion: 1,
    providers: [],
    authenticationKeys: [],
    trustedCertificates: [],
    generatedChains: {},
    dataCenters: (seed.dataCenters ?? [{ id: DEFAULT_IDS.dataCenter, name: "Default" }]).map(
      (dataCenter) => ({ id: dataCenter.id ?? randomUUID(), name: dataCenter.name }),
    ),
    clusters: [],
    storageDomains: [],
    hosts: [],
    networks: [],
    vms: [],
    disks: [],
    remote: {},
    remoteDefaults: {
      networks: seed.defaultProviderNetworks ?? defaultNetworks(),
      images: seed.defaultProviderImages ?? defaultImages(),
      volumeTypes: seed.defaultVolumeTypes ?? defaultVolumeTypes(),
    },
  };
  const dataCenterId = (nameOrId: string | undefined) =>
    nameOrId === undefined
      ? undefined
      : state.dataCenters.find((dc) => dc.id === nameOrId || dc.name === nameOrId)?.id;
  for (const cluster of seed.clusters ?? [
    { id: DEFAULT_IDS.cluster, name: "Default", dataCenter: "Default" },
  ]) {
    state.clusters.push({
      id: cluster.id ?? randomUUID(),
      name: cluster.name,
      dataCenterId: requireFound(dataCenterId(cluster.dataCenter), "data center", cluster.name),
    });
  }
  for (const domain of seed.storageDomains ?? [
    { id: DEFAULT_IDS.storageDomain, name: "data1", dataCenter: "Default" },
  ]) {
    state.storageDomains.push({
      id: domain.id ?? randomUUID(),
      name: domain.name,
      type: "data",
      status: domain.dataCenter === undefined ? "unattached" : "active",
      dataCenterId: dataCenterId(domain.dataCenter),
    });
  }
  for (const host of seed.hosts ?? [
    { id: DEFAULT_IDS.host, name: "host1", cluster: "Default", canRunVirtV2v: true },
  ]) {
    const cluster = state.clusters.find((c) => c.id === host.cluster || c.name === host.cluster);
    state.hosts.push({
      id: host.id ?? randomUUID(),
      name: host.name,
      clusterId: requireFound(cluster?.id, "cluster", host.name),
      canRunVirtV2v: host.canRunVirtV2v ?? true,
    });
  }
  return state;
}

function requireFound(id: string | undefined, what: string, seeded: string): string {
  if (id === undefined) throw new Error(`inventory seed: ${seeded} names an unknown ${what}`);
  return id;
}

function defaultNetworks(): RemoteNetwork[] {
  return [
    {
      id: "4a6c3b1e-7b52-4e0d-9a43-1c2f0f6f0a01",
      name: "provider-net-1",
      subnets: [
        {
          id: "9d3e2a10-52f1-4c4b-8f60-2b7c8e1d0b01",
          name: "provider-subnet-1",
          cidr: "10.10.1.0/24",
          ipVersion: "v4",
          gateway: "10.10.1.1",
          dnsServers: ["10.10.1.2"],
        },
      ],
    },
    { id: "4a6c3b1e-7b52-4e0d-9a43-1c2f0f6f0a02", name: "provider-net-2", subnets: [] },
  ];
}

function defaultImages(): RemoteImage[] {
  return [
    { id: "c1f2e3d4-0000-4000-8000-000000000001", name: "cirros-0.6.2" },
    { id: "c1f2e3d4-0000-4000-8000-000000000002", name: "fedora-cloud-40" },
  ];
}

function defaultVolumeTypes(): RemoteVolumeType[] {
  return [
    {
      id: "a7b8c9d0-0000-4000-8000-000000000001",
      name: "ceph",
      properties: [{ name: "volume_backend_name", value: "ceph" }],
    },
  ];
}
