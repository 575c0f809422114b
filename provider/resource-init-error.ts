/**
 * An error from create or update after the engine already holds the provider.
 *
 * Pulumi's dynamic-provider host reads `id`, `properties` and `reasons` from a thrown error and
 * then records the resource as created but not fully initialised, instead of forgetting it (and
 * leaving an orphan on the engine). The next `pulumi up` offers an update that retries the step.
 */
export class ProviderInitError extends Error {
  override readonly name = "ProviderInitError";
  readonly id: string;
  readonly properties: object;
  readonly reasons: string[];

  constructor(message: string, id: string, properties: object, cause?: unknown) {
    super(message, { cause });
    this.id = id;
    this.properties = properties;
    this.reasons = [message];
  }
}
