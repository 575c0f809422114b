/** External network providers (ovirt-provider-ovn and others): type "external". */
import {
  checkExternalNetworkProviderInputs,
  externalNetworkProviderFromEngine,
  externalNetworkProviderToEngine,
} from "../codecs/external-network-provider";
import type { ExternalNetworkProviderInputs } from "../codecs/external-network-provider";
import { providerCollections } from "../provider-collections";
import type { ProviderKind } from "../provider-kind";
import { networkProviderInUseAdvice } from "./openstack-network-provider";

export const externalNetworkProviderKind: ProviderKind<ExternalNetworkProviderInputs> = {
  typeName: "ExternalNetworkProvider",
  displayName: "external network provider",
  collection: providerCollections.network,
  networkType: "external",
  check: checkExternalNetworkProviderInputs,
  toEngine: externalNetworkProviderToEngine,
  fromEngine: externalNetworkProviderFromEngine,
  readableFields: [
    "name",
    "description",
    "url",
    "authentication",
    "properties",
    "pluginType",
    "readOnly",
    "autoSync",
    "unmanaged",
  ],
  replaceOnChange: [],
  inUseAdvice: networkProviderInUseAdvice,
};
