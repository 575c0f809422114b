/**
 * Importing a provider's network into a data center: pick the network among those the provider
 * serves, POST its import action (200 "complete", engine-api.md section 5.1), then find the new
 * logical network, since the answer carries no id.
 *
 * The POST is never sent twice: after a lost answer the lookup alone decides what happened. A
 * name already used in the data center is explained with the network that holds it.
 */
import type { ImportedNetworkInputs } from "./codecs/imported-network";
import type { EngineClient } from "./engine/engine-client";
import { isAnswerLost, isEngineError } from "./engine/engine-error";
import { findNetworksAt } from "./engine-networks";
import type { NetworkPlace } from "./engine-networks";
import { dataCenters, engineObjectId } from "./engine-object-id";
import type { Logger } from "./logger";
import type { ProviderItems } from "./provider-items";
import { findProviderItem, importActionPath } from "./provider-items";

export const providerNetworks: ProviderItems = {
  providerCollection: "openstacknetworkproviders",
  itemsPath: "networks",
  itemTag: "openstack_network",
  noun: "network",
  providerNoun: "network provider",
};

export interface ImportedNetworkOutcome {
  /** The engine's logical network id. */
  id: string;
  name: string;
  /** The provider's own id of the network. */
  externalNetworkId: string;
  dataCenterId: string;
}

async function explainNameTaken(
  client: EngineClient,
  place: NetworkPlace,
  conflict: unknown,
): Promise<Error> {
  const [holder] = await findNetworksAt(client, { ...place, providerId: undefined }).catch(
    () => [],
  );
  const which = holder === undefined ? "" : ` (id ${holder.id})`;
  const said = isEngineError(conflict) ? ` The engine said: ${conflict.detail ?? ""}` : "";

  return new Error(
    `The data center ${place.dataCenterId} already holds a network named "${place.name}"` +
      `${which}, so it cannot be imported again. Remove that network, or import into another ` +
      `data center.${said}`,
    { cause: conflict },
  );
}

export async function importNetwork(
  client: EngineClient,
  inputs: ImportedNetworkInputs,
  logger: Logger,
): Promise<ImportedNetworkOutcome> {
  const network = await findProviderItem(client, providerNetworks, inputs.providerId, {
    name: inputs.networkName,
    id: inputs.providerNetworkId,
  });
  const dataCenterId = await engineObjectId(client, dataCenters, inputs.dataCenter);
  const name = String(network.name);
  const place: NetworkPlace = { name, dataCenterId, providerId: inputs.providerId };

  try {
    await client.post(importActionPath(providerNetworks, inputs.providerId, network.id), {
      data_center: { id: dataCenterId },
    });
  } catch (error) {
    if (isEngineError(error) && error.status === 409) {
      throw await explainNameTaken(client, place, error);
    }
    if (!isAnswerLost(error)) {
      throw error;
    }
    logger.info(`the answer to importing network ${name} was lost; looking it up`);
  }

  const [imported] = await findNetworksAt(client, place);
  if (imported === undefined) {
    throw new Error(
      `Importing the network "${name}" into data center ${dataCenterId} on engine ` +
        `${client.apiUrl} left no network of that name from provider ${inputs.providerId} ` +
        `there, so nothing was imported. Run pulumi up again.`,
    );
  }

  return { id: imported.id, name, externalNetworkId: network.id, dataCenterId };
}
