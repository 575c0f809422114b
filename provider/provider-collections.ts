/**
 * The engine's REST collections of external providers and the JSON key of their list answers.
 * Names are unique across all of them, so a name conflict may come from any one.
 */
export interface ProviderCollection {
  /** Below the API root, e.g. "openstackimageproviders". */
  path: string;
  /** The key of a list answer: `{"openstack_image_provider": [...]}`. */
  entityTag: string;
}

export const providerCollections = {
  foreman: { path: "externalhostproviders", entityTag: "external_host_provider" },
  image: { path: "openstackimageproviders", entityTag: "openstack_image_provider" },
  network: { path: "openstacknetworkproviders", entityTag: "openstack_network_provider" },
  volume: { path: "openstackvolumeproviders", entityTag: "openstack_volume_provider" },
} as const satisfies Record<string, ProviderCollection>;
