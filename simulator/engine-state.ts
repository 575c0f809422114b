import type { TlsAuthorityState } from "./tls-authority";

/** Backend provider types that have a REST collection (validation-rules.md §1.1). */
export type ProviderKind =
  "FOREMAN" | "OPENSTACK_IMAGE" | "OPENSTACK_NETWORK" | "EXTERNAL_NETWORK" | "OPENSTACK_VOLUME";

export interface NameValue {
  name: string;
  value: string;
}

/** Neutron agent configuration, kept by engine 4.3 only. */
export interface AgentConfiguration {
  networkMappings?: string;
  brokerType?: "qpid" | "rabbit_mq";
  address?: string;
  port?: number;
  username?: string;
  password?: string;
}

/** A provider row as the engine's database holds it (the password included). */
export interface StoredProvider {
  id: string;
  kind: ProviderKind;
  name: string;
  description: string;
  url?: string;
  requiresAuthentication: boolean;
  username?: string;
  password?: string;
  authenticationUrl?: string;
  properties?: NameValue[];
  tenantName?: string;
  userDomainName?: string;
  projectName?: string;
  projectDomainName?: string;
  readOnly?: boolean;
  autoSync?: boolean;
  unmanaged?: boolean;
  pluginType?: string;
  agentConfiguration?: AgentConfiguration;
  /** Glance and Cinder: the storage domain the engine created for the provider. */
  storageDomainId?: string;
}

export interface StoredAuthenticationKey {
  providerId: string;
  uuid: string;
  value: string;
  description?: string;
  usageType: "ceph";
  creationDate: number;
}

export interface DataCenter {
  id: string;
  name: string;
}

export interface Cluster {
  id: string;
  name: string;
  dataCenterId: string;
  /** The cluster's default external network provider (blocks removing that provider). */
  defaultNetworkProviderId?: string;
}

export interface StorageDomain {
  id: string;
  name: string;
  type: "data" | "image" | "volume";
  status: "active" | "unattached";
  dataCenterId?: string;
  providerId?: string;
}

export interface Host {
  id: string;
  name: string;
  clusterId: string;
  /** virt-v2v installed: able to run VM imports from VMware, KVM or Xen. */
  canRunVirtV2v: boolean;
}

/** A logical network of the engine; `externalProviderId` when imported from a provider. */
export interface LogicalNetwork {
  id: string;
  name: string;
  dataCenterId: string;
  externalProviderId?: string;
  externalId?: string;
}

export interface Vm {
  id: string;
  name: string;
  clusterId: string;
  /** Logical networks its vNICs use. */
  networkIds: string[];
  isTemplate?: boolean;
}

export interface Disk {
  id: string;
  alias: string;
  storageDomainId: string;
  /** Set for a template's disk: it goes with the template and cannot be removed alone. */
  templateId?: string;
}

export interface RemoteSubnet {
  id: string;
  name: string;
  cidr: string;
  ipVersion: "v4" | "v6";
  gateway?: string;
  dnsServers?: string[];
}

export interface RemoteNetwork {
  id: string;
  name: string;
  subnets: RemoteSubnet[];
}

export interface RemoteImage {
  id: string;
  name: string;
}

export interface RemoteVolumeType {
  id: string;
  name: string;
  properties?: NameValue[];
}

/** What a provider host serves (Neutron networks, Glance images, Cinder volume types). */
export interface RemoteInventory {
  networks: RemoteNetwork[];
  images: RemoteImage[];
  volumeTypes: RemoteVolumeType[];
}

/** Everything the simulated engine holds; plain JSON so the state file can keep it. */
export interface EngineState {
  formatVersion: 1;
  providers: StoredProvider[];
  authenticationKeys: StoredAuthenticationKey[];
  /** Certificates imported through importcertificates: base64 DER, the engine's trust store. */
  trustedCertificates: string[];
  /** Stand-in chains (base64 DER, server first) for provider hosts that are not really there. */
  generatedChains: Record<string, string[]>;
  dataCenters: DataCenter[];
  clusters: Cluster[];
  storageDomains: StorageDomain[];
  hosts: Host[];
  networks: LogicalNetwork[];
  vms: Vm[];
  disks: Disk[];
  /** Provider-side inventories by endpoint (`scheme://host:port`). */
  remote: Record<string, RemoteInventory>;
  /** Copied for a provider endpoint that has no inventory of its own yet. */
  remoteDefaults: RemoteInventory;
  tls?: TlsAuthorityState;
}
