// Property values as they travel between Pulumi's engine, programs and plugins: plain JSON where
// a secret is an object tagged with the secret signature and an unknown value (preview) is a
// sentinel string. The constants are Pulumi's wire format (@pulumi/pulumi runtime/rpc.js:269-297);
// they are repeated here so the test process need not load the whole SDK.

export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

export type PropertyValue =
  null | boolean | number | string | PropertyValue[] | { [key: string]: PropertyValue };

export type PropertyMap = Record<string, PropertyValue>;

// A type alias, not an interface, so that it is assignable to PropertyValue's object form.
export type SecretValue = {
  [SIGNATURE_KEY]: typeof SECRET_SIGNATURE;
  value: PropertyValue;
};

/** Wraps a value as a secret, as the engine stores and the SDK sends it. */
export function secret(value: PropertyValue): SecretValue {
  return { [SIGNATURE_KEY]: SECRET_SIGNATURE, value };
}

export function isSecret(value: unknown): value is SecretValue {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[SIGNATURE_KEY] === SECRET_SIGNATURE
  );
}

/** True when the value is, or holds anywhere inside it, a secret. */
export function containsSecrets(value: unknown): boolean {
  if (isSecret(value)) return true;
  if (Array.isArray(value)) return value.some(containsSecrets);
  if (typeof value === "object" && value !== null)
    return Object.values(value).some(containsSecrets);
  return false;
}

/** True when the value is, or holds anywhere inside it, the preview's unknown sentinel. */
export function containsUnknowns(value: unknown): boolean {
  if (value === UNKNOWN_VALUE) return true;
  if (Array.isArray(value)) return value.some(containsUnknowns);
  if (typeof value === "object" && value !== null)
    return Object.values(value).some(containsUnknowns);
  return false;
}

/**
 * Removes every secret wrapper, keeping the values: what the engine sends to a plugin that
 * answered Configure with acceptSecrets=false, as the dynamic-provider plugin does.
 */
export function stripSecrets<T extends PropertyValue>(value: T): T;
export function stripSecrets(value: PropertyValue): PropertyValue {
  if (isSecret(value)) return stripSecrets(value.value);
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripSecrets(v)]));
  }
  return value;
}

/**
 * Marks as secret every output whose counterpart in the inputs (same key, at any depth of
 * matching objects and equal-length lists) was secret: the engine's rule for plugins that do
 * not accept secrets. Outputs under other keys stay plain.
 */
export function annotateSecrets(outputs: PropertyMap, inputs: PropertyMap): PropertyMap {
  return Object.fromEntries(
    Object.entries(outputs).map(([key, output]) => [key, annotateValue(output, inputs[key])]),
  );
}

function annotateValue(output: PropertyValue, input: PropertyValue | undefined): PropertyValue {
  if (input === undefined || isSecret(output)) return output;
  if (isSecret(input)) return secret(output);
  if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    return output.map((item, index) => annotateValue(item, input[index]));
  }
  if (isPlainObject(input) && isPlainObject(output)) return annotateSecrets(output, input);
  return output;
}

/** Marks the named top-level outputs as secret (the additionalSecretOutputs resource option). */
export function markSecretOutputs(outputs: PropertyMap, names: readonly string[]): PropertyMap {
  return Object.fromEntries(
    Object.entries(outputs).map(([key, value]) => [
      key,
      names.includes(key) && !isSecret(value) ? secret(value) : value,
    ]),
  );
}

function isPlainObject(value: PropertyValue): value is { [key: string]: PropertyValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isSecret(value);
}

/** Deep equality of two values, ignoring key order and secret wrappers. */
export function sameValues(left: PropertyValue, right: PropertyValue): boolean {
  return (
    JSON.stringify(canonical(stripSecrets(left))) === JSON.stringify(canonical(stripSecrets(right)))
  );
}

function canonical(value: PropertyValue): PropertyValue {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}
