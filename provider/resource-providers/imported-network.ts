/**
 * The dynamic provider of ImportedNetwork: a provider's network imported into a data center.
 *
 * The resource's id is the engine's logical network id. Refresh reads the network by id (gone
 * when removed outside Pulumi); destroy removes it from the data center, and explains what uses
 * it when the engine refuses. An import cannot be changed, so every change of the network or the
 * data center is a new import. The old network is removed first only when the new one may take
 * its name in its data center (a data center holds one network of a name); a move to another
 * data center imports first, so the old network stays until the new one exists.
 *
 * This object is the module's whole `module.exports`, so Pulumi stores only a `require` of this
 * file's path in state: keep the path stable.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { ImportedNetworkInputs } from "../codecs/imported-network";
import { checkImportedNetworkInputs } from "../codecs/imported-network";
import { argumentsToCheck, declaredInputs, outputsAfterInPlaceUpdate } from "../computed-outputs";
import { rememberStackConfig } from "../connection-settings";
import { findNetwork, removeNetwork } from "../engine-networks";
import { checkResultWithConnection } from "../check-result";
import { diffImport } from "../import-diff";
import { importNetwork, replacementMayCollide } from "../import-network";
import { definedOnly } from "../codecs/engine-json";
import { defaultLogger } from "../logger";
import { engineClientFor } from "../resource-engine-client";

/** Outputs that are no inputs. */
const computedNames = ["networkId", "name", "externalNetworkId", "dataCenterId"] as const;

function inputsOf(properties: Record<string, unknown>): ImportedNetworkInputs {
  return declaredInputs<ImportedNetworkInputs>(properties, computedNames);
}

const importedNetworkResourceProvider: dynamic.ResourceProvider = {
  async configure(request) {
    rememberStackConfig(request.config);
  },

  async check(_olds, news) {
    const given = argumentsToCheck(news, computedNames);
    return checkResultWithConnection(checkImportedNetworkInputs(given), given.connection);
  },

  async diff(_id, olds, news) {
    return diffImport(
      {
        computedNames,
        changedInPlace: [],
        deleteFirst: (before, after, stored) =>
          replacementMayCollide(
            () => engineClientFor(inputsOf(news).connection),
            before,
            after,
            stored,
          ),
      },
      olds,
      news,
    );
  },

  async create(properties) {
    const inputs = inputsOf(properties);
    const network = await importNetwork(engineClientFor(inputs.connection), inputs, defaultLogger);
    const outs = {
      ...inputs,
      networkId: network.id,
      name: network.name,
      externalNetworkId: network.externalNetworkId,
      dataCenterId: network.dataCenterId,
    };
    return { id: network.id, outs: definedOnly(outs) };
  },

  async read(id, properties) {
    const stored = properties ?? {};
    const inputs = inputsOf(stored);
    const network = await findNetwork(engineClientFor(inputs.connection), id);
    if (network === undefined) {
      return { id: "" };
    }

    const name = typeof network.name === "string" ? network.name : stored.name;
    return { id, props: definedOnly({ ...stored, name }), inputs: definedOnly(inputs) };
  },

  async update(_id, olds, news) {
    // Only the engine connection's credentials change in place; the import stays as it was.
    return { outs: outputsAfterInPlaceUpdate(olds, news, computedNames) };
  },

  async delete(id, properties) {
    const inputs = inputsOf(properties);
    const name = typeof properties.name === "string" ? properties.name : id;
    await removeNetwork(engineClientFor(inputs.connection), id, name);
  },
};

export = importedNetworkResourceProvider;
