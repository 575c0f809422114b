import { withOutputPlaceholders } from "./declared-outputs";
import { withSecretArguments } from "./resource-properties";

/**
 * The property bag handed to `pulumi.dynamic.Resource` by the VMware and import resources: the
 * arguments, secret-holding ones wrapped as secrets (encrypted in state even when the user passed
 * plain strings), and an `undefined` placeholder for every other declared output, since Pulumi
 * only shows outputs whose names are present. Unlike the provider types' bag it defaults no name.
 */
export function importProperties(
  args: object,
  secretArguments: readonly string[],
  outputNames: readonly string[],
): Record<string, unknown> {
  return withSecretArguments(withOutputPlaceholders(args, outputNames), secretArguments);
}
