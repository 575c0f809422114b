/**
 * Finding providers by name: after a create whose answer was lost, when adopting, and to explain
 * a name conflict. The engine's `search` may match loosely (and is ignored for filtered users), so
 * every answer is filtered again here by exact name and, in the shared network collection, type.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineNotFound } from "./engine/engine-error";
import { readList } from "./engine/wire-format";
import type { ProviderCollection } from "./provider-collections";
import { providerCollections } from "./provider-collections";

export interface EngineEntity {
  id: string;
  name?: string;
  type?: string;
  [field: string]: unknown;
}

export function isEngineEntity(value: unknown): value is EngineEntity {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { id?: unknown }).id === "string"
  );
}

/** The engine object at this API path, or undefined when the engine no longer holds it. */
export async function findEntity(
  client: EngineClient,
  path: string,
): Promise<EngineEntity | undefined> {
  try {
    const answer = await client.get(path);
    return isEngineEntity(answer) ? answer : undefined;
  } catch (error) {
    if (isEngineNotFound(error)) {
      return undefined;
    }
    throw error;
  }
}

/**
 * The objects of a collection (API path, and the tag of its items) named exactly `name`: the
 * engine's search narrows the list, and the exact comparison here makes up for its loose match.
 */
export async function findEntitiesNamed(
  client: EngineClient,
  path: string,
  itemTag: string,
  name: string,
): Promise<EngineEntity[]> {
  const answer = await client.get(path, { query: { search: `name=${name}` } });

  return readList(answer, itemTag)
    .filter(isEngineEntity)
    .filter((entity) => entity.name === name);
}

/** The providers of one collection whose name is exactly `name`. */
export async function findProvidersNamed(
  client: EngineClient,
  collection: ProviderCollection,
  name: string,
): Promise<EngineEntity[]> {
  return findEntitiesNamed(client, `/${collection.path}`, collection.entityTag, name);
}

/** The provider of this collection (and network type) named `name`, if there is one. */
export async function findProviderNamed(
  client: EngineClient,
  collection: ProviderCollection,
  name: string,
  networkType?: string,
): Promise<EngineEntity | undefined> {
  const named = await findProvidersNamed(client, collection, name);
  return named.find((entity) => networkType === undefined || entity.type === networkType);
}

/** Which collection holds a provider called `name`, for explaining a name conflict. */
export async function findNameHolder(
  client: EngineClient,
  name: string,
): Promise<{ collection: ProviderCollection; entity: EngineEntity } | undefined> {
  for (const collection of Object.values(providerCollections)) {
    try {
      const [entity] = await findProvidersNamed(client, collection, name);
      if (entity !== undefined) {
        return { collection, entity };
      }
    } catch {
      // A collection this engine does not serve (Cinder on 4.5 answers 500) cannot hold it.
    }
  }

  return undefined;
}
