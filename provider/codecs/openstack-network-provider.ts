/**
 * OpenStack Networking (Neutron), a member of /openstacknetworkproviders with type "neutron".
 *
 * The URL must carry its port (Neutron listens on 9696). The engine refuses to add a Neutron
 * provider without a plugin type, and, when it requires authentication, without a Keystone URL
 * and a tenant or user domain; those rules are checked here so preview catches them. Only
 * Neutron takes an agent configuration.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { writeBoolean } from "../engine/wire-format";
import {
  AgentConfiguration,
  agentConfigurationFromEngine,
  agentConfigurationToEngine,
} from "./agent-configuration";
import { keystoneAuthentication } from "./authentication";
import { checkInputs } from "./check-inputs";
import { CustomProperties, customPropertiesForAdd } from "./custom-properties";
import { definedOnly, readFlag, readObject, readText } from "./engine-json";
import { engineConnectionSecretPaths } from "./engine-connection";
import { OPENSTACK_NETWORK_PROVIDER_DEFAULTS } from "./input-defaults";
import { certificateOptionsAgree } from "./lifecycle-options";
import { refusedArguments } from "./misplaced-arguments";
import {
  authenticationFromEngine,
  authenticationToEngine,
  sharedFieldsFromEngine,
  sharedOptionalArguments,
  sharedRequiredArguments,
} from "./provider-arguments";
import { providerUrl } from "./provider-url";
import { booleanArgument, oneOf } from "./scalar-arguments";
import { strictObject } from "./strict-object";
import { withDefault } from "./with-default";

const KIND = "OpenStack Networking provider";

const PluginType = oneOf(
  "plugin type",
  ["open_vswitch"] as const,
  " (the only Neutron plugin the engine knows; for other plugins use ExternalNetworkProvider)",
);

const required = {
  ...sharedRequiredArguments,
  url: providerUrl({
    kindLabel: KIND,
    example: "https://neutron.example.com:9696",
    requirePort: true,
  }),
  pluginType: withDefault(PluginType, OPENSTACK_NETWORK_PROVIDER_DEFAULTS.pluginType),
  readOnly: withDefault(booleanArgument, OPENSTACK_NETWORK_PROVIDER_DEFAULTS.readOnly),
  autoSync: withDefault(booleanArgument, OPENSTACK_NETWORK_PROVIDER_DEFAULTS.autoSync),
};
const optional = {
  ...sharedOptionalArguments,
  authentication: keystoneAuthentication(KIND, { neutronRules: true }),
  properties: CustomProperties,
  agentConfiguration: AgentConfiguration,
};

export const OpenStackNetworkProviderInputs = strictObject({
  label: "OpenStackNetworkProvider",
  expectation: "must be an object of OpenStackNetworkProvider arguments",
  required,
  optional,
  refused: refusedArguments([...Object.keys(required), ...Object.keys(optional)]),
  rules: [certificateOptionsAgree],
});
export type OpenStackNetworkProviderInputs = t.TypeOf<typeof OpenStackNetworkProviderInputs>;

export const openStackNetworkProviderSecretPaths: readonly string[] = [
  "authentication.password",
  "agentConfiguration.password",
  ...engineConnectionSecretPaths,
];

export function checkOpenStackNetworkProviderInputs(
  news: unknown,
): CheckOutcome<OpenStackNetworkProviderInputs> {
  return checkInputs(OpenStackNetworkProviderInputs, openStackNetworkProviderSecretPaths, news);
}

/**
 * The body of POST /openstacknetworkproviders. The plugin type goes both ways the engine knows:
 * the deprecated enum `plugin_type` and the free-text `external_plugin_type` (4.2 and later),
 * which is what the engine reads back.
 */
export function openStackNetworkProviderToEngine(
  inputs: OpenStackNetworkProviderInputs,
): Record<string, unknown> {
  return definedOnly({
    name: inputs.name,
    description: inputs.description,
    type: "neutron",
    url: inputs.url,
    plugin_type: inputs.pluginType,
    external_plugin_type: inputs.pluginType.toUpperCase(),
    read_only: writeBoolean(inputs.readOnly),
    auto_sync: writeBoolean(inputs.autoSync),
    ...authenticationToEngine(inputs.authentication),
    properties: customPropertiesForAdd(inputs.properties),
    agent_configuration:
      inputs.agentConfiguration === undefined
        ? undefined
        : agentConfigurationToEngine(inputs.agentConfiguration),
  });
}

/**
 * An openstack_network_provider of type neutron as the engine returns it, in input names.
 * Nested objects hold only what the engine returns: no passwords.
 */
export function openStackNetworkProviderFromEngine(
  entity: unknown,
): Partial<OpenStackNetworkProviderInputs> {
  const { entity: object, fields } = sharedFieldsFromEngine(entity);
  const pluginType = readText(object, "external_plugin_type") ?? readText(object, "plugin_type");
  const agent = readObject(object, "agent_configuration");

  return definedOnly({
    ...fields,
    pluginType: pluginType?.toLowerCase(),
    readOnly: readFlag(object, "read_only"),
    autoSync: readFlag(object, "auto_sync"),
    authentication: authenticationFromEngine(object),
    agentConfiguration: agent === undefined ? undefined : agentConfigurationFromEngine(agent),
  }) as Partial<OpenStackNetworkProviderInputs>;
}
