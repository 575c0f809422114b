/**
 * Turning a name the user gave (a data center, a storage domain) into the engine's id. Imports
 * whose answer carries no id of what they made are found afterwards by name and place, and the
 * place is compared by id. A UUID is taken as the id itself, as the codecs do.
 */
import { isUuid } from "./codecs/ceph-authentication-keys";
import type { EngineClient } from "./engine/engine-client";
import { findEntitiesNamed } from "./provider-lookup";

export interface EngineCollection {
  /** Path below the API root, e.g. "datacenters". */
  path: string;
  /** The list's item key, e.g. "data_center". */
  itemTag: string;
  /** What an admin calls it, for messages: "data center". */
  noun: string;
}

export const dataCenters: EngineCollection = {
  path: "datacenters",
  itemTag: "data_center",
  noun: "data center",
};

export const storageDomains: EngineCollection = {
  path: "storagedomains",
  itemTag: "storage_domain",
  noun: "storage domain",
};

export async function engineObjectId(
  client: EngineClient,
  collection: EngineCollection,
  nameOrId: string,
): Promise<string> {
  if (isUuid(nameOrId)) {
    return nameOrId;
  }

  const found = await findEntitiesNamed(
    client,
    `/${collection.path}`,
    collection.itemTag,
    nameOrId,
  );

  if (found.length !== 1) {
    const problem = found.length === 0 ? "holds no" : `holds ${found.length} of the same name, no`;
    throw new Error(
      `The engine ${client.apiUrl} ${problem} ${collection.noun} named "${nameOrId}"` +
        `${found.length === 0 ? "" : " single one to pick"}; give its name exactly, or its id.`,
    );
  }

  return found[0].id;
}
