// Property values as a state file holds them. Like Pulumi's checkpoints, a secret is written as
// {sig, ciphertext} so its plain text never appears in the file. The "ciphertext" here is only
// base64 of the JSON value, since the file is test state: it is not encryption, it only keeps
// plain-text searches of the file honest.
import type { PropertyValue } from "./property-values";
import { isSecret, secret, SECRET_SIGNATURE, SIGNATURE_KEY } from "./property-values";

export function toCheckpointValue(value: PropertyValue): PropertyValue {
  if (isSecret(value)) {
    const ciphertext = Buffer.from(JSON.stringify(value.value)).toString("base64");
    return { [SIGNATURE_KEY]: SECRET_SIGNATURE, ciphertext };
  }
  if (Array.isArray(value)) return value.map(toCheckpointValue);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCheckpointValue(v)]));
  }
  return value;
}

export function fromCheckpointValue(value: PropertyValue): PropertyValue {
  if (isCheckpointSecret(value)) {
    return secret(JSON.parse(Buffer.from(value.ciphertext, "base64").toString("utf8")));
  }
  if (Array.isArray(value)) return value.map(fromCheckpointValue);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCheckpointValue(v)]));
  }
  return value;
}

function isCheckpointSecret(value: PropertyValue): value is { ciphertext: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    value[SIGNATURE_KEY] === SECRET_SIGNATURE &&
    typeof value.ciphertext === "string"
  );
}
