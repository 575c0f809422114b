import type { WireObject } from "./wire-value";

/** `{href, id}`: how the engine refers to another object. */
export function reference(base: string, collectionPath: string, id: string): WireObject {
  return { href: `${base}/${collectionPath}/${id}`, id };
}

/** `"actions": {"link": [...]}` for the entity at `href`. */
export function actionLinks(href: string, actions: readonly string[]): WireObject {
  return { link: actions.map((rel) => ({ href: `${href}/${rel}`, rel })) };
}

/** `"link": [...]` to the entity's sub-collections. */
export function subCollectionLinks(href: string, rels: readonly string[]): WireObject[] {
  return rels.map((rel) => ({ href: `${href}/${rel}`, rel }));
}
