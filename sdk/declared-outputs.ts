import type * as pulumi from "@pulumi/pulumi";

/**
 * The names of a resource class's `declare readonly x: Output<...>` fields, without the `urn`
 * and `id` every resource has.
 * @internal
 */
export type DeclaredOutputName<Resource> = Exclude<
  {
    [Name in keyof Resource]-?: Resource[Name] extends pulumi.Output<unknown> ? Name : never;
  }[keyof Resource],
  keyof pulumi.CustomResource
>;

/**
 * Returns `names` unchanged, but compiles only when they are exactly the declared outputs of
 * `Resource`: Pulumi shows an output only when its name is in the property bag, so a declared
 * output left off this list would be `undefined` at run time despite its type. A name missing
 * from the list turns up as the type of a second, required argument in the compiler's error.
 * @internal
 */
export function everyDeclaredOutput<Resource>() {
  return <const Names extends readonly DeclaredOutputName<Resource>[]>(
    names: Names,
    ..._missing: [Exclude<DeclaredOutputName<Resource>, Names[number]>] extends [never]
      ? []
      : [missing: Exclude<DeclaredOutputName<Resource>, Names[number]>]
  ): Names => names;
}

/**
 * The arguments with an `undefined` placeholder under every declared output they do not give,
 * so that Pulumi exposes those outputs too (pulumi-dynamic.md section 6). The SDK drops
 * undefined values when it registers the resource, so the placeholders never reach the provider.
 * @internal
 */
export function withOutputPlaceholders(
  args: object,
  outputNames: readonly string[],
): Record<string, unknown> {
  return { ...Object.fromEntries(outputNames.map((name) => [name, undefined])), ...args };
}
