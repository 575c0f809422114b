import * as pulumi from "@pulumi/pulumi";

import foremanResourceProvider = require("../provider/resource-providers/foreman-provider");
import type { BasicAuthenticationArgs } from "./authentication-args";
import type { EngineConnectionArgs } from "./engine-connection";
import type { ExternalProviderArgs } from "./external-provider-args";
import { everyDeclaredOutput } from "./declared-outputs";
import { resourceProperties, typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["authentication", "connection"] as const;
const outputNames = everyDeclaredOutput<ForemanProvider>()([
  "providerId",
  "requiresAuthentication",
  "name",
  "description",
  "url",
  "authentication",
  "connection",
]);

/** Arguments of a {@link ForemanProvider}. */
export interface ForemanProviderArgs extends ExternalProviderArgs {
  /**
   * The Foreman or Satellite URL (engine field `url`), by fully qualified domain name, not IP
   * address (the Administration Guide's rule); no port needed, e.g. `https://foreman.example.com`.
   */
  url: pulumi.Input<string>;
  /** The Foreman user the engine logs in as, as in the Foreman portal. Required. */
  authentication: pulumi.Input<BasicAuthenticationArgs>;
}

/**
 * A Foreman or Satellite instance for host provisioning (engine collection
 * `/externalhostproviders`): the "Foreman/Satellite" type of the "Add Provider" window.
 *
 * @example
 * ```ts
 * const foreman = new ovirt.ForemanProvider("foreman", {
 *   url: "https://foreman.example.com",
 *   authentication: { username: "admin", password: config.requireSecret("foremanPassword") },
 *   testConnectivity: true,
 * });
 * export const foremanId = foreman.providerId;
 * ```
 */
export class ForemanProvider extends pulumi.dynamic.Resource {
  /** The engine's id of the provider. */
  declare readonly providerId: pulumi.Output<string>;
  /** Whether the engine authenticates to the provider (engine field `requires_authentication`). */
  declare readonly requiresAuthentication: pulumi.Output<boolean>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly url: pulumi.Output<string>;
  /** Secret. */
  declare readonly authentication: pulumi.Output<pulumi.Unwrap<BasicAuthenticationArgs>>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(name: string, args: ForemanProviderArgs, options?: pulumi.CustomResourceOptions) {
    super(
      foremanResourceProvider,
      name,
      resourceProperties(name, args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "ForemanProvider",
    );
  }
}
