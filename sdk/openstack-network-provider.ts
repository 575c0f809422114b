import * as pulumi from "@pulumi/pulumi";

import openStackNetworkResourceProvider = require("../provider/resource-providers/openstack-network-provider");
import type { AgentConfigurationArgs } from "./agent-configuration-args";
import type { KeystoneAuthenticationArgs } from "./authentication-args";
import type { EngineConnectionArgs } from "./engine-connection";
import type { ExternalProviderArgs } from "./external-provider-args";
import { everyDeclaredOutput } from "./declared-outputs";
import { resourceProperties, typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["authentication", "agentConfiguration", "connection"] as const;
const outputNames = everyDeclaredOutput<OpenStackNetworkProvider>()([
  "providerId",
  "requiresAuthentication",
  "name",
  "description",
  "url",
  "pluginType",
  "readOnly",
  "autoSync",
  "authentication",
  "agentConfiguration",
  "properties",
  "connection",
]);

/** Arguments of an {@link OpenStackNetworkProvider}. */
export interface OpenStackNetworkProviderArgs extends ExternalProviderArgs {
  /** The Neutron endpoint with its port (engine field `url`), e.g. `https://neutron.example.com:9696`. */
  url: pulumi.Input<string>;
  /**
   * The networking plugin (engine fields `plugin_type`, `external_plugin_type`); Open vSwitch is
   * the only one the engine knows for Neutron.
   * @default "open_vswitch"
   */
  pluginType?: pulumi.Input<"open_vswitch">;
  /**
   * Keep oVirt users from changing Neutron's networks (engine field `read_only`). Red Hat
   * supports only read-only Neutron providers.
   * @default true
   */
  readOnly?: pulumi.Input<boolean>;
  /**
   * Let the engine import and refresh the provider's networks every 300 seconds (engine field
   * `auto_sync`).
   * @default false
   */
  autoSync?: pulumi.Input<boolean>;
  /**
   * Keystone credentials; when given, the engine needs `keystoneUrl` and a `tenantName` (v2.0)
   * or `userDomainName` (v3). Secret.
   */
  authentication?: pulumi.Input<KeystoneAuthenticationArgs>;
  /** The Neutron agent configuration (engines up to 4.3). Secret. */
  agentConfiguration?: pulumi.Input<AgentConfigurationArgs>;
  /** Custom properties (engine field `properties`); replaced as a whole on update. */
  properties?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * OpenStack Networking (Neutron), whose networks can be imported into data centers (engine
 * collection `/openstacknetworkproviders`, `type` `neutron`). For other Neutron-API providers
 * such as ovirt-provider-ovn, use {@link ExternalNetworkProvider}.
 *
 * @example
 * ```ts
 * const neutron = new ovirt.OpenStackNetworkProvider("neutron", {
 *   url: "https://neutron.example.com:9696",
 *   authentication: {
 *     username: "neutron",
 *     password: config.requireSecret("neutronPassword"),
 *     keystoneUrl: "https://keystone.example.com:35357/v3",
 *     userDomainName: "Default",
 *     projectName: "services",
 *     projectDomainName: "Default",
 *   },
 * });
 * ```
 */
export class OpenStackNetworkProvider extends pulumi.dynamic.Resource {
  /** The engine's id of the provider. */
  declare readonly providerId: pulumi.Output<string>;
  /** Whether the engine authenticates to Neutron (engine field `requires_authentication`). */
  declare readonly requiresAuthentication: pulumi.Output<boolean>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly url: pulumi.Output<string>;
  declare readonly pluginType: pulumi.Output<"open_vswitch">;
  declare readonly readOnly: pulumi.Output<boolean>;
  declare readonly autoSync: pulumi.Output<boolean>;
  /** Secret. */
  declare readonly authentication: pulumi.Output<
    pulumi.Unwrap<KeystoneAuthenticationArgs> | undefined
  >;
  /** Secret. */
  declare readonly agentConfiguration: pulumi.Output<
    pulumi.Unwrap<AgentConfigurationArgs> | undefined
  >;
  declare readonly properties: pulumi.Output<Record<string, string> | undefined>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(
    name: string,
    args: OpenStackNetworkProviderArgs,
    options?: pulumi.CustomResourceOptions,
  ) {
    super(
      openStackNetworkResourceProvider,
      name,
      resourceProperties(name, args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "OpenStackNetworkProvider",
    );
  }
}
