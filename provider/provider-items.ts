/**
 * The items a provider serves, as the engine lists them live from the provider: the networks of
 * a Neutron or external network provider, the images of a Glance provider. Their ids are the
 * provider's own, so an item is picked by that id, or by an exact and unique name.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineNotFound } from "./engine/engine-error";
import { readList } from "./engine/wire-format";
import type { EngineEntity } from "./provider-lookup";
import { isEngineEntity } from "./provider-lookup";

export interface ProviderItems {
  /** Collection of the provider, e.g. "openstacknetworkproviders". */
  providerCollection: string;
  /** Sub-collection of the items, e.g. "networks". */
  itemsPath: string;
  /** The list's item key, e.g. "openstack_network". */
  itemTag: string;
  /** For messages: "network", "image". */
  noun: string;
  /** For messages: "network provider", "OpenStack Image provider". */
  providerNoun: string;
}

export interface ItemChoice {
  name?: string;
  id?: string;
}

function itemsUrl(items: ProviderItems, providerId: string): string {
  return `/${items.providerCollection}/${providerId}/${items.itemsPath}`;
}

/** The item picked by id or by name; throws saying what the provider serves instead. */
export async function findProviderItem(
  client: EngineClient,
  items: ProviderItems,
  providerId: string,
  choice: ItemChoice,
): Promise<EngineEntity> {
  let answer: unknown;
  try {
    answer = await client.get(itemsUrl(items, providerId));
  } catch (error) {
    if (isEngineNotFound(error)) {
      throw new Error(
        `The engine ${client.apiUrl} holds no ${items.providerNoun} with id ${providerId}.`,
        { cause: error },
      );
    }
    throw error;
  }

  const served = readList(answer, items.itemTag).filter(isEngineEntity);
  const matching = served.filter((item) =>
    choice.id !== undefined ? item.id === choice.id : item.name === choice.name,
  );
  if (matching.length === 1) {
    return matching[0];
  }

  const wanted = choice.id !== undefined ? `of id ${choice.id}` : `named "${choice.name}"`;
  if (matching.length > 1) {
    const ids = matching.map((item) => item.id).join(", ");
    throw new Error(
      `The ${items.providerNoun} ${providerId} serves ${matching.length} ${items.noun}s ` +
        `${wanted} (ids ${ids}); pick one by its id.`,
    );
  }

  const names = served.map((item) => `"${String(item.name)}"`).join(", ");
  throw new Error(
    `The ${items.providerNoun} ${providerId} serves no ${items.noun} ${wanted}; it serves ` +
      `${names === "" ? "none at all" : names}.`,
  );
}

/** The path of an item's import action. */
export function importActionPath(items: ProviderItems, providerId: string, itemId: string): string {
  return `${itemsUrl(items, providerId)}/${encodeURIComponent(itemId)}/import`;
}
