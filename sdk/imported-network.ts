import * as pulumi from "@pulumi/pulumi";

import importedNetworkResourceProvider = require("../provider/resource-providers/imported-network");
import type { EngineConnectionArgs } from "./engine-connection";
import { importProperties } from "./import-properties";
import { typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["connection"] as const;
const computedOutputs = ["networkId", "name", "externalNetworkId", "dataCenterId"] as const;

/** Arguments of an {@link ImportedNetwork}. Give `networkName` or `providerNetworkId`. */
export interface ImportedNetworkArgs {
  /**
   * The engine's id of the network provider that serves the network: the `providerId` of an
   * {@link ExternalNetworkProvider} or {@link OpenStackNetworkProvider}.
   */
  providerId: pulumi.Input<string>;
  /** The network's name at the provider; it must be unique there. */
  networkName?: pulumi.Input<string>;
  /** The network's id at the provider (Neutron's or OVN's own id), instead of its name. */
  providerNetworkId?: pulumi.Input<string>;
  /** The data center that receives the network, by name or id. */
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
 * Changing the network or the data center replaces the resource: the old logical network is
 * removed first, since a data center holds one network of a name. Destroy removes the logical
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
  declare readonly dataCenter: pulumi.Output<string>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(name: string, args: ImportedNetworkArgs, options?: pulumi.CustomResourceOptions) {
    super(
      importedNetworkResourceProvider,
      name,
      importProperties(args, secretArguments, computedOutputs),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "ImportedNetwork",
    );
  }
}
