import { randomUUID } from "node:crypto";
import type {
  Cluster,
  DataCenter,
  Disk,
  Host,
  LogicalNetwork,
  RemoteImage,
  RemoteNetwork,
  RemoteVolumeType,
  StorageDomain,
  StoredAuthenticationKey,
  StoredProvider,
  Vm,
} from "./engine-state";
import type { EngineStore } from "./store";
import { endpointKey } from "./store";

/**
 * Read and seed what the simulated engine holds, from tests and benchmarks. Readers return
 * copies (changing them changes nothing); writers persist like an API call does.
 */
export class SimulatorInventory {
  constructor(private readonly store: EngineStore) {}

  /** Providers as stored, passwords included (the API never returns them). */
  providers(): StoredProvider[] {
    return structuredClone(this.store.state.providers);
  }

  provider(idOrName: string): StoredProvider | undefined {
    const found = this.store.state.providers.find(
      (provider) => provider.id === idOrName || provider.name === idOrName,
    );
    return found === undefined ? undefined : structuredClone(found);
  }

  /** Adds a provider directly, as if it had existed before (e.g. engine-setup's OVN one). */
  addProvider(provider: Partial<StoredProvider> & Pick<StoredProvider, "kind" | "name">): string {
    const id = provider.id ?? randomUUID();
    this.write((state) =>
      state.providers.push({ description: "", requiresAuthentication: false, ...provider, id }),
    );
    return id;
  }

  dataCenters(): DataCenter[] {
    return structuredClone(this.store.state.dataCenters);
  }

  clusters(): Cluster[] {
    return structuredClone(this.store.state.clusters);
  }

  storageDomains(): StorageDomain[] {
    return structuredClone(this.store.state.storageDomains);
  }

  hosts(): Host[] {
    return structuredClone(this.store.state.hosts);
  }

  /** The engine's logical networks, including those imported from providers. */
  networks(): LogicalNetwork[] {
    return structuredClone(this.store.state.networks);
  }

  vms(): Vm[] {
    return structuredClone(this.store.state.vms);
  }

  disks(): Disk[] {
    return structuredClone(this.store.state.disks);
  }

  authenticationKeys(): StoredAuthenticationKey[] {
    return structuredClone(this.store.state.authenticationKeys);
  }

  /** Base64 DER certificates imported through importcertificates (the engine's trust store). */
  trustedCertificates(): string[] {
    return [...this.store.state.trustedCertificates];
  }

  addDataCenter(name: string): string {
    const id = randomUUID();
    this.write((state) => state.dataCenters.push({ id, name }));
    return id;
  }

  addCluster(name: string, dataCenter: string): string {
    const dataCenterId = this.require(this.store.state.dataCenters, dataCenter, "data center").id;
    const id = randomUUID();
    this.write((state) => state.clusters.push({ id, name, dataCenterId }));
    return id;
  }

  /** A data storage domain, attached (active) to the data center when one is named. */
  addStorageDomain(name: string, dataCenter?: string): string {
    const dataCenterId =
      dataCenter === undefined
        ? undefined
        : this.require(this.store.state.dataCenters, dataCenter, "data center").id;
    const id = randomUUID();
    this.write((state) =>
      state.storageDomains.push({
        id,
        name,
        type: "data",
        status: dataCenterId === undefined ? "unattached" : "active",
        ...(dataCenterId === undefined ? {} : { dataCenterId }),
      }),
    );
    return id;
  }

  addHost(name: string, cluster: string, canRunVirtV2v = true): string {
    const clusterId = this.require(this.store.state.clusters, cluster, "cluster").id;
    const id = randomUUID();
    this.write((state) => state.hosts.push({ id, name, clusterId, canRunVirtV2v }));
    return id;
  }

  /** A VM whose vNICs use the given logical networks (by id or name): they count as in use. */
  addVm(name: string, cluster: string, networks: string[] = []): string {
    const clusterId = this.require(this.store.state.clusters, cluster, "cluster").id;
    const networkIds = networks.map(
      (network) => this.require(this.store.state.networks, network, "network").id,
    );
    const id = randomUUID();
    this.write((state) => state.vms.push({ id, name, clusterId, networkIds }));
    return id;
  }

  /** Removes a VM (by id or name), as an admin would outside the stack. */
  removeVm(vm: string): void {
    const id = this.require(this.store.state.vms, vm, "VM").id;
    this.write((state) => {
      state.vms = state.vms.filter((candidate) => candidate.id !== id);
    });
  }

  /** Makes a provider the cluster's default network provider (undefined clears it). */
  setClusterDefaultNetworkProvider(cluster: string, providerId: string | undefined): void {
    const found = this.require(this.store.state.clusters, cluster, "cluster");
    this.write(() => {
      if (providerId === undefined) delete found.defaultNetworkProviderId;
      else found.defaultNetworkProviderId = providerId;
    });
  }

  /** What the provider at `url` serves (scheme, host and port count); replaces earlier lists. */
  seedProviderNetworks(url: string, networks: RemoteNetwork[]): void {
    this.write(() => (this.store.remoteFor(url).networks = structuredClone(networks)));
  }

  seedProviderImages(url: string, images: RemoteImage[]): void {
    this.write(() => (this.store.remoteFor(url).images = structuredClone(images)));
  }

  seedVolumeTypes(url: string, volumeTypes: RemoteVolumeType[]): void {
    this.write(() => (this.store.remoteFor(url).volumeTypes = structuredClone(volumeTypes)));
  }

  /** The networks the provider at `url` serves now (subnets added through the API included). */
  providerNetworks(url: string): RemoteNetwork[] {
    const key = endpointKey(url) ?? url;
    return structuredClone(
      this.store.state.remote[key]?.networks ?? this.store.state.remoteDefaults.networks,
    );
  }

  private write(mutation: (state: EngineStore["state"]) => unknown): void {
    this.store.change(mutation);
    this.store.flush();
  }

  private require<T extends { id: string; name: string }>(
    items: T[],
    idOrName: string,
    what: string,
  ): T {
    const found = items.find((item) => item.id === idOrName || item.name === idOrName);
    if (found === undefined) throw new Error(`inventory has no ${what} ${idOrName}`);
    return found;
  }
}
