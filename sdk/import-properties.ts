import * as pulumi from "@pulumi/pulumi";

/**
 * The property bag handed to `pulumi.dynamic.Resource` by the VMware and import resources: the
 * arguments, secret-holding ones wrapped as secrets (encrypted in state even when the user passed
 * plain strings), and each computed output as an `undefined` placeholder, since Pulumi only shows
 * outputs whose names are present. Unlike the provider types' bag it adds no `providerId`.
 */
export function importProperties(
  args: object,
  secretArguments: readonly string[],
  computedOutputs: readonly string[],
): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    ...Object.fromEntries(computedOutputs.map((name) => [name, undefined])),
    ...args,
  };

  for (const argument of secretArguments) {
    if (properties[argument] !== undefined) {
      properties[argument] = pulumi.secret(properties[argument]);
    }
  }

  return properties;
}
