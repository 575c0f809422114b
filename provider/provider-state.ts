/**
 * The shape of a provider resource in Pulumi state.
 *
 * Outputs are the checked inputs (so that diff, which only sees stored outputs, can compare the
 * declared values) overlaid with what the engine reports, plus a few values only the engine
 * knows. Write-only values (passwords, Ceph key values) stay as declared: the engine never shows
 * them, and Pulumi stores them as secrets.
 */
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { definedOnly } from "./codecs/engine-json";

/** Outputs that are not inputs. */
export const computedOutputNames = ["providerId", "requiresAuthentication"] as const;

/** The key under which Pulumi keeps the serialized provider; never an input of ours. */
export const serializedProviderKey = "__provider";

export type ProviderOutputs<Inputs> = Inputs & {
  /** The engine's id of the provider. */
  providerId: string;
  /** Whether the engine will authenticate to the provider. */
  requiresAuthentication: boolean;
};

/** The inputs held in a stored state or in a plugin request: computed and internal keys dropped. */
export function inputsOf<Inputs>(properties: Record<string, unknown>): Inputs {
  const inputs: Record<string, unknown> = { ...properties };
  for (const key of [...computedOutputNames, serializedProviderKey]) {
    delete inputs[key];
  }

  return inputs as Inputs;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The declared inputs with the engine's view laid over every field the engine reads back. A
 * readable field the engine no longer reports was cleared there; nested objects keep the parts
 * the engine never shows (a password inside `authentication`).
 */
export function overlayEngineView<Inputs extends ExternalProviderInputs>(
  kind: ProviderKind<Inputs>,
  declared: Inputs,
  view: Partial<Inputs>,
): Inputs {
  const merged: Record<string, unknown> = { ...(declared as object) };
  const seen = view as Record<string, unknown>;

  for (const field of kind.readableFields) {
    const reported = seen[field];
    const before = merged[field];

    if (reported === undefined || reported === "") {
      if (before !== "") {
        delete merged[field];
      }
    } else if (isPlainObject(reported) && isPlainObject(before)) {
      merged[field] = { ...before, ...reported };
    } else {
      merged[field] = reported;
    }
  }

  return merged as Inputs;
}

/**
 * The outputs to store for a provider the engine holds under `id`. Keys whose value is undefined
 * are left out: the plugin turns outputs into a protobuf Struct, which refuses undefined, and
 * that would fail a create after the engine already made the provider.
 */
export function outputsFor<Inputs extends ExternalProviderInputs>(
  inputs: Inputs,
  id: string,
): ProviderOutputs<Inputs> {
  return {
    ...definedOnly(inputs),
    providerId: id,
    requiresAuthentication: inputs.authentication !== undefined,
  };
}
