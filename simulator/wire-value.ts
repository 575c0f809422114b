/**
 * The engine's entities, held as one neutral tree that both renderings (JSON and XML) read.
 *
 * Values keep their model type (boolean, integer, date) so each renderer can apply the engine's
 * own quirks: JSON writes booleans and integers as strings and dates as epoch milliseconds, XML
 * writes dates as xs:dateTime. `undefined` and `null` mean "not set" and are never rendered.
 */
export type WireValue =
  string | number | boolean | WireDate | WireObject | WireValue[] | null | undefined;

export interface WireObject {
  [key: string]: WireValue;
}

/** A model date: epoch milliseconds in JSON, xs:dateTime in XML. */
export class WireDate {
  constructor(readonly epochMs: number) {}
}

/** An entity or collection ready to send, with the tags XML needs for its root element. */
export interface WireDocument {
  /** XML root tag: the singular tag of an entity, the plural tag of a collection. */
  rootTag: string;
  body: WireObject;
}

/** `{"<singular>": [items]}`: the engine's collection shape; an empty list renders as `{}`. */
export function wireCollection(singularTag: string, pluralTag: string, items: WireObject[]) {
  return { rootTag: pluralTag, body: { [singularTag]: items } } satisfies WireDocument;
}

/** True for values the engine leaves out of its output (NON_NULL in 4.5, NON_DEFAULT before). */
export function isUnset(value: WireValue): boolean {
  return value === undefined || value === null;
}
