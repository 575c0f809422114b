import * as pulumi from "@pulumi/pulumi";

/** The module part of every type token: `pulumi-nodejs:dynamic/ovirt:<Type>`. */
export const typeTokenModule = "ovirt";

/** Outputs every provider resource has that are not arguments. */
const computedOutputs = { providerId: undefined, requiresAuthentication: undefined };

/**
 * The property bag handed to `pulumi.dynamic.Resource`: the arguments, the name defaulted to the
 * Pulumi resource name, secret-holding arguments wrapped as secrets (so they are encrypted in
 * state even when the user passed plain strings), and the computed outputs as placeholders
 * (Pulumi only shows outputs whose names are present).
 */
export function resourceProperties(
  resourceName: string,
  args: object,
  secretArguments: readonly string[],
): Record<string, unknown> {
  const properties: Record<string, unknown> = { ...computedOutputs, ...args };
  properties.name = (args as { name?: unknown }).name ?? resourceName;

  for (const argument of secretArguments) {
    if (properties[argument] !== undefined) {
      properties[argument] = pulumi.secret(properties[argument]);
    }
  }

  return properties;
}

/** Resource options that also keep the secret-holding outputs secret. */
export function withSecretOutputs(
  options: pulumi.CustomResourceOptions | undefined,
  secretArguments: readonly string[],
): pulumi.CustomResourceOptions {
  return {
    ...options,
    additionalSecretOutputs: [...(options?.additionalSecretOutputs ?? []), ...secretArguments],
  };
}
