/**
 * An error from create or update after the engine already holds the provider.
 *
 * Pulumi's dynamic-provider host reads `id`, `properties` and `reasons` from a thrown error and
 * then records the resource as created but not fully initialised, instead of forgetting it (and
 * leaving an orphan on the engine). The next `pulumi up` offers an update that retries the step.
 * `properties` become the stored outputs, so they must describe what the engine really holds:
 * arguments whose step did not complete are left out (see follow-up-step-error.ts), which makes the
 * retrying update see them as new and apply them again.
 */
import { serializedProviderKey } from "./provider-state";

export class ProviderInitError extends Error {
  override readonly name = "ProviderInitError";
  readonly id: string;
  readonly properties: Record<string, unknown>;
  readonly reasons: string[];

  constructor(message: string, id: string, properties: object, cause?: unknown) {
    super(message, { cause });
    this.id = id;
    this.properties = { ...properties };
    this.reasons = [message];
  }
}

/** Recognises the error by name: provider code may be loaded twice in one process. */
export function isProviderInitError(error: unknown): error is ProviderInitError {
  return error instanceof Error && error.name === "ProviderInitError";
}

/**
 * The same error with the serialized provider (`__provider`) of the request in its properties.
 * The host adds it to the outputs of a successful create or update but not to an error's, and
 * Read and Delete load the provider from the stored outputs: without it, refresh and destroy of
 * the half-created resource fail before reaching our code.
 */
export function withSerializedProvider(error: unknown, request: Record<string, unknown>): unknown {
  const serialized = request[serializedProviderKey];
  if (!isProviderInitError(error) || typeof serialized !== "string") {
    return error;
  }

  error.properties[serializedProviderKey] = serialized;
  return error;
}
