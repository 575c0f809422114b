/** OpenStack Networking (Neutron): /openstacknetworkproviders with type "neutron". */
import {
  checkOpenStackNetworkProviderInputs,
  openStackNetworkProviderFromEngine,
  openStackNetworkProviderToEngine,
} from "../codecs/openstack-network-provider";
import type { OpenStackNetworkProviderInputs } from "../codecs/openstack-network-provider";
import { isEngineAtLeast } from "../engine/engine-version";
import { providerCollections } from "../provider-collections";
import type { ProviderKind } from "../provider-kind";

/** What holds a network provider of either type (Neutron or external) on the engine. */
export const networkProviderInUseAdvice =
  "Detach what uses it (the VM network interfaces on its imported networks, or the clusters " +
  "that use it as their default network provider), then run the destroy again.";

export const openStackNetworkProviderKind: ProviderKind<OpenStackNetworkProviderInputs> = {
  typeName: "OpenStackNetworkProvider",
  displayName: "OpenStack Networking provider",
  collection: providerCollections.network,
  networkType: "neutron",
  check: checkOpenStackNetworkProviderInputs,
  toEngine: openStackNetworkProviderToEngine,
  fromEngine: openStackNetworkProviderFromEngine,
  // The agent configuration is not listed: engines from 4.4 on never return it, so its absence
  // from an answer says nothing about drift.
  readableFields: [
    "name",
    "description",
    "url",
    "authentication",
    "properties",
    "pluginType",
    "readOnly",
    "autoSync",
  ],
  replaceOnChange: [],
  inUseAdvice: networkProviderInUseAdvice,
  checkEngineSupport(version, inputs, logger) {
    if (inputs.agentConfiguration !== undefined && isEngineAtLeast(version, 4, 4)) {
      logger.warn(
        `OpenStackNetworkProvider ${inputs.name}: engine ${version.full} ignores the agent ` +
          `configuration (dropped in oVirt 4.4); configure the Neutron agents on the hosts instead`,
      );
    }
  },
};
