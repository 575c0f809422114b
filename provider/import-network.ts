/**
 * Importing a provider's network into a data center: pick the network among those the provider
 * serves, POST its import action (200 "complete", engine-api.md section 5.1), then find the new
 * logical network, since the answer carries no id.
 *
 * The POST is never sent twice: after a lost answer the lookup alone decides what happened. When
 * the lookup fails after the engine imported the network, no id is known to keep in state; the
 * error says the network may exist, and the next run, refused with 409 because the data center
 * holds that name, finds the network from the same provider there and takes it as its own. A name
 * held by any other network is explained with that network.
 */
import { isUuid } from "./codecs/ceph-authentication-keys";
import { isUnknownValue } from "./codecs/unknown-value";
import type { ImportedNetworkInputs } from "./codecs/imported-network";
import type { EngineClient } from "./engine/engine-client";
import { isAnswerLost, isEngineError } from "./engine/engine-error";
import { findNetworksAt } from "./engine-networks";
import type { NetworkPlace } from "./engine-networks";
import { dataCenters, engineObjectId } from "./engine-object-id";
import type { Logger } from "./logger";
import type { ProviderItems } from "./provider-items";
import { findProviderItem, importActionPath } from "./provider-items";
import type { EngineEntity } from "./provider-lookup";
import { messageOf } from "./error-message";

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

function known(value: unknown): value is string {
  return typeof value === "string" && !isUnknownValue(value);
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

/**
 * After a 409: the network this import would make may already be there, left by an earlier run
 * whose lookup failed. Taken over with a warning, since another resource might manage it too.
 */
async function takeOverOrExplain(
  client: EngineClient,
  place: NetworkPlace,
  conflict: unknown,
  logger: Logger,
): Promise<EngineEntity> {
  const [own] = await findNetworksAt(client, place).catch(() => []);
  if (own === undefined) {
    throw await explainNameTaken(client, place, conflict);
  }

  logger.warn(
    `data center ${place.dataCenterId} already holds the network "${place.name}" from provider ` +
      `${place.providerId} (id ${own.id}), as an earlier import whose lookup failed leaves it; ` +
      `this import takes it over. If another ImportedNetwork manages it, remove one of the two.`,
  );
  return own;
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
  const outcome = (imported: EngineEntity): ImportedNetworkOutcome => ({
    id: imported.id,
    name,
    externalNetworkId: network.id,
    dataCenterId,
  });

  try {
    await client.post(importActionPath(providerNetworks, inputs.providerId, network.id), {
      data_center: { id: dataCenterId },
    });
  } catch (error) {
    if (isEngineError(error) && error.status === 409) {
      return outcome(await takeOverOrExplain(client, place, error, logger));
    }
    if (!isAnswerLost(error)) {
      throw error;
    }
    logger.info(`the answer to importing network ${name} was lost; looking it up`);
  }

  const where = `data center ${dataCenterId} on engine ${client.apiUrl}`;
  const [imported] = await findNetworksAt(client, place).catch((error: unknown) => {
    throw new Error(
      `After importing the network "${name}" into ${where}, looking for the new logical ` +
        `network failed (${messageOf(error)}). The network may exist there: the next pulumi up ` +
        `finds it (same name, provider and data center) and takes it as this import's; to ` +
        `start over instead, remove it from the data center.`,
      { cause: error },
    );
  });
  if (imported === undefined) {
    throw new Error(
      `Importing the network "${name}" into ${where} left no network of that name from ` +
        `provider ${inputs.providerId} there, so nothing was imported. Run pulumi up again.`,
    );
  }

  return outcome(imported);
}

/**
 * Whether a replacement may put a network of the old one's name into the old one's data center,
 * which holds one network of a name: then the old network must be removed first. A network of
 * another name, or another data center, is imported first and the old one removed after. The
 * data center is compared by id (one lookup when it is given by a name that changed); whatever
 * cannot be told (an unknown value in a preview, a network given by its provider id, a failed
 * lookup) counts as a collision, since removing first always works.
 */
export async function replacementMayCollide(
  client: () => EngineClient,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  stored: Record<string, unknown>,
): Promise<boolean> {
  const newName = after.networkName;
  if (known(newName) && typeof stored.name === "string" && newName !== stored.name) {
    return false;
  }

  const dataCenter = after.dataCenter;
  if (dataCenter === before.dataCenter || !known(dataCenter)) {
    return true;
  }

  if (typeof stored.dataCenterId !== "string") {
    return true;
  }

  try {
    // An id needs no engine at all, not even a client (the connection may be unknown here).
    const id = isUuid(dataCenter)
      ? dataCenter
      : await engineObjectId(client(), dataCenters, dataCenter);
    return id === stored.dataCenterId;
  } catch {
    return true;
  }
}
