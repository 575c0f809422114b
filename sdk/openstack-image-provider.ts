import * as pulumi from "@pulumi/pulumi";

import openStackImageResourceProvider = require("../provider/resource-providers/openstack-image-provider");
import type { TenantAuthenticationArgs } from "./authentication-args";
import type { EngineConnectionArgs } from "./engine-connection";
import type { ExternalProviderArgs } from "./external-provider-args";
import { everyDeclaredOutput } from "./declared-outputs";
import { resourceProperties, typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["authentication", "connection"] as const;
const outputNames = everyDeclaredOutput<OpenStackImageProvider>()([
  "providerId",
  "requiresAuthentication",
  "name",
  "description",
  "url",
  "authentication",
  "properties",
  "connection",
]);

/** Arguments of an {@link OpenStackImageProvider}. */
export interface OpenStackImageProviderArgs extends ExternalProviderArgs {
  /** The Glance endpoint with its port (engine field `url`), e.g. `https://glance.example.com:9292`. */
  url: pulumi.Input<string>;
  /**
   * Keystone credentials of the Glance service user; leave out for a Glance that needs none
   * (the engine's `requires_authentication` follows). Secret.
   */
  authentication?: pulumi.Input<TenantAuthenticationArgs>;
  /** Custom properties (engine field `properties`); replaced as a whole on update. */
  properties?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * An OpenStack Image service (Glance) whose images the engine can import as disks or templates
 * (engine collection `/openstackimageproviders`). Adding one makes the engine create a Glance
 * storage domain of the same name. No two image providers may share URL and tenant.
 *
 * @example
 * ```ts
 * const glance = new ovirt.OpenStackImageProvider("glance", {
 *   url: "https://glance.example.com:9292",
 *   authentication: {
 *     username: "glance",
 *     password: config.requireSecret("glancePassword"),
 *     keystoneUrl: "https://keystone.example.com:35357/v2.0",
 *     tenantName: "services",
 *   },
 * });
 * ```
 */
export class OpenStackImageProvider extends pulumi.dynamic.Resource {
  /** The engine's id of the provider. */
  declare readonly providerId: pulumi.Output<string>;
  /** Whether the engine authenticates to Glance (engine field `requires_authentication`). */
  declare readonly requiresAuthentication: pulumi.Output<boolean>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly url: pulumi.Output<string>;
  /** Secret. */
  declare readonly authentication: pulumi.Output<
    pulumi.Unwrap<TenantAuthenticationArgs> | undefined
  >;
  declare readonly properties: pulumi.Output<Record<string, string> | undefined>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(
    name: string,
    args: OpenStackImageProviderArgs,
    options?: pulumi.CustomResourceOptions,
  ) {
    super(
      openStackImageResourceProvider,
      name,
      resourceProperties(name, args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "OpenStackImageProvider",
    );
  }
}
