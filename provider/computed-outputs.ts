/**
 * Separating what a user declared from what a resource provider computed.
 *
 * The import resources store their inputs together with a few computed outputs (an engine id, a
 * composed URL). Diff, update and check must compare and validate only the declared part, and the
 * SDK registers each computed output as `undefined` so that Pulumi shows it: such placeholders are
 * no input and must not reach a codec, which would refuse the unknown name.
 */
import { definedOnly } from "./codecs/engine-json";
import { serializedProviderKey } from "./provider-state";

/** `properties` without the computed outputs named and without Pulumi's serialized provider. */
export function declaredInputs<Inputs>(
  properties: Record<string, unknown>,
  computedNames: readonly string[],
): Inputs {
  const inputs: Record<string, unknown> = { ...properties };
  for (const key of [...computedNames, serializedProviderKey]) {
    delete inputs[key];
  }

  return inputs as Inputs;
}

/**
 * The arguments handed to `check`: the placeholders the SDK registers for computed outputs are
 * dropped, but a computed name given a real value stays, so the codec can say it is no argument.
 */
export function argumentsToCheck(
  news: Record<string, unknown>,
  computedNames: readonly string[],
): Record<string, unknown> {
  const given: Record<string, unknown> = { ...news };
  delete given[serializedProviderKey];
  for (const key of computedNames) {
    if (given[key] === undefined) {
      delete given[key];
    }
  }

  return given;
}

/**
 * The outputs of an import after an in-place update: the newly declared inputs beside the
 * computed outputs as they were. Only arguments that steer the resource or its engine connection
 * change in place; the import itself never does.
 */
export function outputsAfterInPlaceUpdate(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  computedNames: readonly string[],
): Record<string, unknown> {
  const kept = Object.fromEntries(computedNames.map((key) => [key, olds[key]]));
  return definedOnly({ ...declaredInputs<Record<string, unknown>>(news, computedNames), ...kept });
}
