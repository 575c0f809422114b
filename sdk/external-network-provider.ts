import * as pulumi from "@pulumi/pulumi";

import externalNetworkResourceProvider = require("../provider/resource-providers/external-network-provider");
import type { KeystoneAuthenticationArgs } from "./authentication-args";
import type { EngineConnectionArgs } from "./engine-connection";
import type { ExternalProviderArgs } from "./external-provider-args";
import { everyDeclaredOutput } from "./declared-outputs";
import { resourceProperties, typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["authentication", "connection"] as const;
const outputNames = everyDeclaredOutput<ExternalNetworkProvider>()([
  "providerId",
  "requiresAuthentication",
  "name",
  "description",
  "url",
  "pluginType",
  "readOnly",
  "autoSync",
  "unmanaged",
  "authentication",
  "properties",
  "connection",
]);

/** Arguments of an {@link ExternalNetworkProvider}. */
export interface ExternalNetworkProviderArgs extends ExternalProviderArgs {
  /**
   * The provider's Neutron-API endpoint with its port (engine field `url`), e.g.
   * `https://ovn.example.com:9696`. Not needed for an unmanaged provider.
   */
  url?: pulumi.Input<string>;
  /**
   * The provider's plugin, free text (engine field `external_plugin_type`), e.g.
   * `OVIRT_PROVIDER_OVN`.
   */
  pluginType?: pulumi.Input<string>;
  /**
   * Keep oVirt users from changing the provider's networks (engine field `read_only`).
   * @default true, or false when `unmanaged`
   */
  readOnly?: pulumi.Input<boolean>;
  /**
   * Let the engine import and refresh the provider's networks every 300 seconds (engine field
   * `auto_sync`).
   * @default false
   */
  autoSync?: pulumi.Input<boolean>;
  /**
   * The engine does not talk to the provider at all; networks are managed elsewhere (engine
   * field `unmanaged`).
   * @default false
   */
  unmanaged?: pulumi.Input<boolean>;
  /** Keystone v2.0 or v3 credentials (ovirt-provider-ovn uses the engine's own users). Secret. */
  authentication?: pulumi.Input<KeystoneAuthenticationArgs>;
  /** Custom properties (engine field `properties`); replaced as a whole on update. */
  properties?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * An external network provider that speaks the OpenStack Neutron API, such as
 * ovirt-provider-ovn (engine collection `/openstacknetworkproviders`, `type` `external`). The
 * virtual interface driver on the hosts comes from the provider, not from a Neutron agent.
 *
 * @example
 * ```ts
 * const ovn = new ovirt.ExternalNetworkProvider("ovn", {
 *   url: "https://ovn.example.com:9696",
 *   pluginType: "OVIRT_PROVIDER_OVN",
 *   readOnly: false,
 *   autoSync: true,
 *   authentication: {
 *     username: "admin@internal",
 *     password: config.requireSecret("ovnPassword"),
 *     keystoneUrl: "https://engine.example.com:35357/v2.0",
 *     tenantName: "ovirt",
 *   },
 * });
 * ```
 */
export class ExternalNetworkProvider extends pulumi.dynamic.Resource {
  /** The engine's id of the provider. */
  declare readonly providerId: pulumi.Output<string>;
  /** Whether the engine authenticates to the provider (engine field `requires_authentication`). */
  declare readonly requiresAuthentication: pulumi.Output<boolean>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly url: pulumi.Output<string | undefined>;
  declare readonly pluginType: pulumi.Output<string | undefined>;
  declare readonly readOnly: pulumi.Output<boolean>;
  declare readonly autoSync: pulumi.Output<boolean>;
  declare readonly unmanaged: pulumi.Output<boolean>;
  /** Secret. */
  declare readonly authentication: pulumi.Output<
    pulumi.Unwrap<KeystoneAuthenticationArgs> | undefined
  >;
  declare readonly properties: pulumi.Output<Record<string, string> | undefined>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(
    name: string,
    args: ExternalNetworkProviderArgs,
    options?: pulumi.CustomResourceOptions,
  ) {
    super(
      externalNetworkResourceProvider,
      name,
      resourceProperties(name, args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "ExternalNetworkProvider",
    );
  }
}
