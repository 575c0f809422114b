import type { EngineContext } from "./engine-context";
import type { StoredProvider } from "./engine-state";
import { actionLinks, reference, subCollectionLinks } from "./links";
import type { ProviderCollection } from "./provider-collections";
import { PROVIDER_ACTIONS } from "./provider-collections";
import type { WireObject } from "./wire-value";

export interface RenderOptions {
  base: string;
  /** `All-Content: true`: adds optional data (only the Cinder data center here). */
  allContent: boolean;
}

/**
 * A provider as the given collection's mapper renders it. The password is never mapped; what
 * the collection's model type lacks is left out (Foreman has no auth URL, Glance no Keystone v3
 * fields). Member order follows what captures show: type-specific attributes, references,
 * actions, then name, description, href, id and links.
 */
export function providerToWire(
  provider: StoredProvider,
  collection: ProviderCollection,
  context: EngineContext,
  options: RenderOptions,
): WireObject {
  const href = `${options.base}/${collection.path}/${provider.id}`;
  const specific: WireObject = {};
  if (collection.path === "openstacknetworkproviders") {
    Object.assign(specific, networkAttributes(provider, context));
  }
  if (collection.path !== "externalhostproviders") {
    specific.tenant_name = provider.tenantName;
    specific.authentication_url = provider.authenticationUrl;
    if (provider.properties !== undefined && provider.properties.length > 0) {
      specific.properties = { property: provider.properties.map((entry) => ({ ...entry })) };
    }
  }
  const references: WireObject = {};
  if (collection.path === "openstackvolumeproviders" && options.allContent) {
    const dataCenterId = cinderDataCenterId(provider, context);
    if (dataCenterId !== undefined) {
      references.data_center = reference(options.base, "datacenters", dataCenterId);
    }
  }
  return {
    ...specific,
    requires_authentication: provider.requiresAuthentication,
    url: provider.url,
    username: provider.username,
    ...references,
    actions: actionLinks(href, PROVIDER_ACTIONS),
    name: provider.name,
    description: provider.description,
    href,
    id: provider.id,
    link: subCollectionLinks(href, collection.subCollections),
  };
}

function networkAttributes(provider: StoredProvider, context: EngineContext): WireObject {
  const isNeutron = provider.kind === "OPENSTACK_NETWORK";
  const agent = provider.agentConfiguration;
  return {
    // Engine 4.3 still returns the agent configuration (without its password); 4.4 dropped it.
    agent_configuration:
      context.version === "4.3" && agent !== undefined
        ? {
            network_mappings: agent.networkMappings,
            broker_type: agent.brokerType,
            address: agent.address,
            port: agent.port,
            username: agent.username,
          }
        : undefined,
    auto_sync: provider.autoSync ?? false,
    external_plugin_type: provider.pluginType,
    plugin_type:
      isNeutron && provider.pluginType?.toUpperCase() === "OPEN_VSWITCH"
        ? "open_vswitch"
        : undefined,
    project_domain_name: provider.projectDomainName,
    project_name: provider.projectName,
    read_only: provider.readOnly ?? true,
    type: isNeutron ? "neutron" : "external",
    unmanaged: provider.unmanaged ?? false,
    user_domain_name: provider.userDomainName,
  };
}

// The engine resolves a Cinder provider's data center through its storage domain.
function cinderDataCenterId(provider: StoredProvider, context: EngineContext) {
  const domain = context.store.state.storageDomains.find(
    (candidate) => candidate.id === provider.storageDomainId,
  );
  return domain?.dataCenterId;
}
