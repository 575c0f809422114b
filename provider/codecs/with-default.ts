/**
 * Defaults for arguments of a strict object. A defaulted codec sits among the required
 * arguments: when the argument is left out (or null), the strict object asks it for its
 * default instead of reporting "is required", so checked inputs always carry the value.
 */
import * as t from "io-ts";

/** A codec that supplies a value when its argument is not given. */
export interface Defaulted<C extends t.Mixed> extends t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> {
  readonly defaultFor: (siblings: Readonly<Record<string, unknown>>) => t.TypeOf<C>;
}

/**
 * Gives an argument a default, fixed or computed from the other arguments of the same object
 * (as given, so check them before use). Put defaulted codecs among the required ones.
 */
export function withDefault<C extends t.Mixed>(
  codec: C,
  value: t.TypeOf<C> | ((siblings: Readonly<Record<string, unknown>>) => t.TypeOf<C>),
): Defaulted<C> {
  const defaultFor =
    typeof value === "function"
      ? (value as (siblings: Readonly<Record<string, unknown>>) => t.TypeOf<C>)
      : () => value as t.TypeOf<C>;
  const type = new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    codec.name,
    codec.is,
    (input, context) =>
      input === undefined ? t.success(defaultFor({})) : codec.validate(input, context),
    codec.encode,
  );

  return Object.assign(type, { defaultFor });
}

export function isDefaulted(codec: t.Mixed): codec is Defaulted<t.Mixed> {
  return typeof (codec as Partial<Defaulted<t.Mixed>>).defaultFor === "function";
}
