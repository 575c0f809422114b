import * as pulumi from "@pulumi/pulumi";

import importedNetworkResourceProvider = require("../provider/resource-providers/imported-network");
import { everyDeclaredOutput } from "./declared-outputs";
import type { EngineConnectionArgs } from "./engine-connection";
import { importProperties } from "./import-properties";
import { typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["connection"] as const;
const outputNames = everyDeclaredOutput<ImportedNetwork>()([
  "networkId",
  "name",
  "externalNetworkId",
  "dataCenterId",
  "providerId",
  "networkName",
  "dataCenter",
  "connection",
]);

/**
 * Arguments of an {@link ImportedNetwork}. Give `networkName` or `providerNetworkId`, not both.
 * Every argument but the credentials of `connection` replaces the resource when changed.
 */
export interface ImportedNetworkArgs {
  /**
   * The engine's id (a UUID) of the network provider that serves the network: the `providerId`
   * of an {@link ExternalNetworkProvider} or {@link OpenStackNetworkProvider}. It picks the path
   * `/openstacknetworkproviders/{id}/networks/{networkId}/import`.
   */
  providerId: pulumi.Input<string>;
  /** The network's name at the provider (at most 255 characters); it must be unique there. */
  networkName?: pulumi.Input<string>;
  /**
   * The network's id at the provider (Neutron's or OVN's own id, at most 255 characters),
   * instead of its name.
   */
  providerNetworkId?: pulumi.Input<string>;
  /**
   * The data center that receives the network, by name or id (engine field `data_center`, sent
   * as `{id}` once a name is resolved); at most 255 characters. It must not hold a network of
   * the same name already.
   */
  dataCenter: pulumi.Input<string>;
  /** Import on another engine than the stack's; see {@link EngineConnectionArgs}. */
  connection?: pulumi.Input<EngineConnectionArgs>;
}

/**
 * A network of a Neutron or external network provider (such as ovirt-provider-ovn) imported into
 * a data center, as the Administration Portal's "Import Networks" window does
 * (`POST /openstacknetworkproviders/{id}/networks/{networkId}/import`). The engine adds a logical
 * network of the same name, provided by the provider; the resource's id is that network's id.
 *
 * Changing the network or the data center replaces the resource. The old logical network is
 * removed first only when the new one would take its name in the same data center (a data
 * center holds one network of a name); a move to another data center imports there first, then
 * removes the old one. Should the step that finds the new network fail after the engine imported
 * it, the next `pulumi up` takes that network (same name, same provider, same data center) as
 * this import's instead of failing on the name. Destroy removes the logical
 * network from the data center (the network stays at the provider); the engine refuses while VMs,
 * templates or hosts use it, and the error says which.
 *
 * @example
 * ```ts
 * const ovn = new ovirt.ExternalNetworkProvider("ovn", {
 *   url: "https://ovn.example.com:9696",
 *   pluginType: "OVIRT_PROVIDER_OVN",
 * });
 * const tenant = new ovirt.ImportedNetwork("tenant-net", {
 *   providerId: ovn.providerId,
 *   networkName: "tenant-net",
 *   dataCenter: "Default",
 * });
 * export const tenantNetworkId = tenant.networkId;
 * ```
 */
export class ImportedNetwork extends pulumi.dynamic.Resource {
  /** The engine's id of the imported logical network; also the resource's id. */
  declare readonly networkId: pulumi.Output<string>;
  /** The logical network's name, as the engine last reported it. */
  declare readonly name: pulumi.Output<string>;
  /** The network's id at the provider. */
  declare readonly externalNetworkId: pulumi.Output<string>;
  /** The engine's id of the data center that holds the network. */
  declare readonly dataCenterId: pulumi.Output<string>;
  declare readonly providerId: pulumi.Output<string>;
  /** The network's name at the provider, as given (undefined when `providerNetworkId` was). */
  declare readonly networkName: pulumi.Output<string | undefined>;
  declare readonly dataCenter: pulumi.Output<string>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(name: string, args: ImportedNetworkArgs, options?: pulumi.CustomResourceOptions) {
    super(
      importedNetworkResourceProvider,
      name,
      importProperties(args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "ImportedNetwork",
    );
  }
}
