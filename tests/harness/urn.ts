// Pulumi resource names (URNs), built the way the engine builds them.

export interface UrnParts {
  stack: string;
  project: string;
  /** The resource type token, e.g. "pulumi-nodejs:dynamic/records:Record". */
  type: string;
  name: string;
  /** Type tokens of the ancestors below the stack, outermost first. */
  parentTypes?: readonly string[];
}

export function makeUrn(parts: UrnParts): string {
  const qualifiedType = [...(parts.parentTypes ?? []), parts.type].join("$");
  return `urn:pulumi:${parts.stack}::${parts.project}::${qualifiedType}::${parts.name}`;
}

/** The name part of a URN (after the last "::"). */
export function nameOfUrn(urn: string): string {
  return urn.slice(urn.lastIndexOf("::") + 2);
}

/** The type part of a URN, without its parents. */
export function typeOfUrn(urn: string): string {
  const qualifiedType = urn.split("::")[2] ?? "";
  return qualifiedType.slice(qualifiedType.lastIndexOf("$") + 1);
}
