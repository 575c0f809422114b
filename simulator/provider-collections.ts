import type { ProviderKind } from "./engine-state";

/** One of the four REST collections of external providers (engine-api.md §1). */
export interface ProviderCollection {
  /** Path under the API root. */
  path: string;
  singularTag: string;
  pluralTag: string;
  /** Java class named in "Incomplete parameters" faults. */
  javaClass: string;
  /** Service name in the apidoc link of "Request syntactically incorrect." faults. */
  service: string;
  /** Backend types listed here, in listing order. */
  kinds: readonly ProviderKind[];
  subCollections: readonly string[];
  /** Top-level members Jackson knows for this type; anything else is a syntax error. */
  knownFields: readonly string[];
}

export const PROVIDER_ACTIONS = ["importcertificates", "testconnectivity"] as const;

// Members of Identified and ExternalProvider; links and actions are model members as well.
const BASE_FIELDS = [
  "id",
  "href",
  "name",
  "description",
  "comment",
  "url",
  "requires_authentication",
  "username",
  "password",
  "authentication_url",
  "properties",
  "actions",
  "link",
  "certificates",
];

export const externalHostProviders: ProviderCollection = {
  path: "externalhostproviders",
  singularTag: "external_host_provider",
  pluralTag: "external_host_providers",
  javaClass: "ExternalHostProvider",
  service: "external_host_providers",
  kinds: ["FOREMAN"],
  subCollections: ["certificates", "computeresources", "discoveredhosts", "hostgroups", "hosts"],
  knownFields: [...BASE_FIELDS, "compute_resources", "discovered_hosts", "host_groups", "hosts"],
};

export const openStackImageProviders: ProviderCollection = {
  path: "openstackimageproviders",
  singularTag: "openstack_image_provider",
  pluralTag: "openstack_image_providers",
  javaClass: "OpenStackImageProvider",
  service: "openstack_image_providers",
  kinds: ["OPENSTACK_IMAGE"],
  subCollections: ["certificates", "images"],
  knownFields: [...BASE_FIELDS, "tenant_name", "images"],
};

export const openStackNetworkProviders: ProviderCollection = {
  path: "openstacknetworkproviders",
  singularTag: "openstack_network_provider",
  pluralTag: "openstack_network_providers",
  javaClass: "OpenStackNetworkProvider",
  service: "openstack_network_providers",
  kinds: ["OPENSTACK_NETWORK", "EXTERNAL_NETWORK"],
  subCollections: ["certificates", "networks"],
  knownFields: [
    ...BASE_FIELDS,
    "tenant_name",
    "type",
    "read_only",
    "plugin_type",
    "external_plugin_type",
    "auto_sync",
    "unmanaged",
    "user_domain_name",
    "project_name",
    "project_domain_name",
    "agent_configuration",
    "networks",
    "subnets",
  ],
};

export const openStackVolumeProviders: ProviderCollection = {
  path: "openstackvolumeproviders",
  singularTag: "openstack_volume_provider",
  pluralTag: "openstack_volume_providers",
  javaClass: "OpenStackVolumeProvider",
  service: "openstack_volume_providers",
  kinds: ["OPENSTACK_VOLUME"],
  subCollections: ["authenticationkeys", "certificates", "volumetypes"],
  knownFields: [
    ...BASE_FIELDS,
    "tenant_name",
    "data_center",
    "volume_types",
    "authentication_keys",
  ],
};

export const providerCollections = [
  externalHostProviders,
  openStackImageProviders,
  openStackNetworkProviders,
  openStackVolumeProviders,
] as const;

/** The collection whose path serves a provider of this backend type. */
export function collectionOfKind(kind: ProviderKind): ProviderCollection {
  const found = providerCollections.find((collection) => collection.kinds.includes(kind));
  if (found === undefined) throw new Error(`no collection serves ${kind}`);
  return found;
}
