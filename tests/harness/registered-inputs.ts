import type { PropertyMap } from "./property-values";
import { secret } from "./property-values";

/**
 * The property map the SDK registers for a dynamic resource: the serialized provider under
 * `__provider`, and every argument, those named in `secretArguments` wrapped as secrets (as the
 * resource classes wrap what they mark secret).
 */
export function registeredInputs(
  providerText: string,
  args: Record<string, unknown>,
  secretArguments: readonly string[],
): PropertyMap {
  const inputs: PropertyMap = { __provider: providerText };
  for (const [name, value] of Object.entries(args)) {
    inputs[name] = (secretArguments.includes(name) ? secret(value as never) : value) as never;
  }
  return inputs;
}
