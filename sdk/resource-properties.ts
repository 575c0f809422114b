import * as pulumi from "@pulumi/pulumi";

import { withOutputPlaceholders } from "./declared-outputs";

/** The module part of every type token: `pulumi-nodejs:dynamic/ovirt:<Type>`. */
export const typeTokenModule = "ovirt";

/**
 * The property bag handed to `pulumi.dynamic.Resource`: the arguments, the name defaulted to the
 * Pulumi resource name, secret-holding arguments wrapped as secrets (so they are encrypted in
 * state even when the user passed plain strings), and an `undefined` placeholder for every other
 * declared output (Pulumi only shows outputs whose names are present).
 */
export function resourceProperties(
  resourceName: string,
  args: object,
  secretArguments: readonly string[],
  outputNames: readonly string[],
): Record<string, unknown> {
  const properties = withOutputPlaceholders(args, outputNames);
  properties.name = (args as { name?: unknown }).name ?? resourceName;

  return withSecretArguments(properties, secretArguments);
}

/** The properties with each given secret-holding argument wrapped as a secret. */
export function withSecretArguments(
  properties: Record<string, unknown>,
  secretArguments: readonly string[],
): Record<string, unknown> {
  const wrapped = { ...properties };
  for (const argument of secretArguments) {
    if (wrapped[argument] !== undefined) {
      wrapped[argument] = pulumi.secret(wrapped[argument]);
    }
  }

  return wrapped;
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
