import type { EngineContext } from "./engine-context";
import type { AgentConfiguration, NameValue, StoredProvider } from "./engine-state";
import type { ProviderCollection } from "./provider-collections";
import type { InputObject, InputReader } from "./wire-input";

export type MapMode = "add" | "update";

/**
 * Maps a request body onto a provider draft as the engine's REST mappers do: only the members
 * that were sent overwrite (partial merge), with two quirks from the sources. The Glance mapper
 * rebuilds its OpenStack properties on every write, so a PUT without `tenant_name` clears it;
 * and engine 4.3 rebuilds the agent's messaging part, dropping a messaging password not resent.
 * Members the collection's mapper ignores (Foreman's auth URL, properties) are dropped here.
 */
export function applyProviderInput(
  draft: StoredProvider,
  body: InputObject,
  reader: InputReader,
  collection: ProviderCollection,
  context: EngineContext,
  mode: MapMode,
): void {
  reader.rejectUnknownFields(body, collection.knownFields);
  assign(draft, "name", reader.string(body, "name"));
  assign(draft, "description", reader.string(body, "description"));
  assign(draft, "url", reader.string(body, "url"));
  assign(draft, "requiresAuthentication", reader.boolean(body, "requires_authentication"));
  assign(draft, "username", reader.string(body, "username"));
  assign(draft, "password", reader.string(body, "password"));
  if (collection.path === "externalhostproviders") return;

  assign(draft, "authenticationUrl", reader.string(body, "authentication_url"));
  const properties = readProperties(body, reader);
  if (properties !== undefined) draft.properties = properties;
  if (collection.path === "openstackimageproviders" && mode === "update") {
    draft.tenantName = reader.string(body, "tenant_name");
    delete draft.userDomainName;
    delete draft.projectName;
    delete draft.projectDomainName;
  } else {
    assign(draft, "tenantName", reader.string(body, "tenant_name"));
  }
  if (collection.path === "openstacknetworkproviders") {
    applyNetworkInput(draft, body, reader, context);
  }
}

function applyNetworkInput(
  draft: StoredProvider,
  body: InputObject,
  reader: InputReader,
  context: EngineContext,
): void {
  const type = reader.enumValue(
    body,
    "type",
    ["neutron", "external"] as const,
    "OpenStackNetworkProviderType",
  );
  // The REST type replaces the backend type; changing it is refused later by the validator.
  if (type !== undefined)
    draft.kind = type === "neutron" ? "OPENSTACK_NETWORK" : "EXTERNAL_NETWORK";
  const pluginType = reader.enumValue(
    body,
    "plugin_type",
    ["open_vswitch"] as const,
    "NetworkPluginType",
  );
  // The deprecated enum counts only when the same request says type=neutron.
  if (pluginType !== undefined && type === "neutron") draft.pluginType = "OPEN_VSWITCH";
  assign(draft, "pluginType", reader.string(body, "external_plugin_type"));
  assign(draft, "readOnly", reader.boolean(body, "read_only"));
  assign(draft, "autoSync", reader.boolean(body, "auto_sync"));
  assign(draft, "unmanaged", reader.boolean(body, "unmanaged"));
  assign(draft, "userDomainName", reader.string(body, "user_domain_name"));
  assign(draft, "projectName", reader.string(body, "project_name"));
  assign(draft, "projectDomainName", reader.string(body, "project_domain_name"));
  const agent = reader.object(body, "agent_configuration");
  // 4.4 and later still parse the member (it is in the model) but ignore it.
  if (agent !== undefined && context.version === "4.3") {
    draft.agentConfiguration = readAgentConfiguration(agent, reader, draft.agentConfiguration);
  }
}

function readAgentConfiguration(
  agent: InputObject,
  reader: InputReader,
  previous: AgentConfiguration | undefined,
): AgentConfiguration {
  reader.rejectUnknownFields(agent, [
    "network_mappings",
    "broker_type",
    "address",
    "port",
    "username",
    "password",
  ]);
  const result: AgentConfiguration = {};
  assign(
    result,
    "networkMappings",
    reader.string(agent, "network_mappings") ?? previous?.networkMappings,
  );
  assign(
    result,
    "brokerType",
    reader.enumValue(agent, "broker_type", ["qpid", "rabbit_mq"] as const, "MessageBrokerType"),
  );
  assign(result, "address", reader.string(agent, "address"));
  assign(result, "port", reader.integer(agent, "port"));
  assign(result, "username", reader.string(agent, "username"));
  assign(result, "password", reader.string(agent, "password"));
  return result;
}

function readProperties(body: InputObject, reader: InputReader): NameValue[] | undefined {
  const container = reader.object(body, "properties");
  if (container === undefined) return undefined;
  reader.rejectUnknownFields(container, ["property"]);
  return reader.list(container, "property").map((entry) => {
    reader.rejectUnknownFields(entry, ["name", "value"]);
    return { name: reader.string(entry, "name") ?? "", value: reader.string(entry, "value") ?? "" };
  });
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value;
}
