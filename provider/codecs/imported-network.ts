/**
 * ImportedNetwork: a network served by a Neutron or external network provider (such as
 * ovirt-provider-ovn), imported into a data center through POST
 * /openstacknetworkproviders/{id}/networks/{networkId}/import (engine-api.md section 3.3). The
 * import adds a logical network of the same name, provided by that provider.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { checkInputs } from "./check-inputs";
import { EngineConnectionInputs, engineConnectionSecretPaths } from "./engine-connection";
import { engineIdArgument, engineObjectReference } from "./engine-object-reference";
import { exactlyOneOf } from "./provider-item-choice";
import { textArgument } from "./scalar-arguments";
import { strictObject } from "./strict-object";

export const ImportedNetworkInputs = strictObject({
  label: "ImportedNetwork",
  expectation: "must be an object of ImportedNetwork arguments",
  required: {
    providerId: engineIdArgument(
      "network provider",
      "the providerId of an ExternalNetworkProvider or OpenStackNetworkProvider",
    ),
    dataCenter: engineObjectReference("data center"),
  },
  optional: {
    networkName: textArgument("network name", { maxLength: 255 }),
    providerNetworkId: textArgument("provider-side network id", { maxLength: 255 }),
    connection: EngineConnectionInputs,
  },
  rules: [exactlyOneOf("networkName", "providerNetworkId", "network")],
});
export type ImportedNetworkInputs = t.TypeOf<typeof ImportedNetworkInputs>;

export const importedNetworkSecretPaths: readonly string[] = engineConnectionSecretPaths;

export function checkImportedNetworkInputs(news: unknown): CheckOutcome<ImportedNetworkInputs> {
  return checkInputs(ImportedNetworkInputs, importedNetworkSecretPaths, news);
}
