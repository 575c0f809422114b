// The text a failed Check shows the user, per failure. Modelled on the CLI's check-failure
// message, which prints the value the way Go formats a property value (a string without quotes)
// and a secret as [secret], never its text. The exact wording is from memory of the engine's
// diagnostics, unconfirmed without a CLI here.
import type { PropertyValue } from "./property-values";
import { isSecret } from "./property-values";

export function checkFailureMessage(
  type: string,
  name: string,
  property: string,
  value: PropertyValue | undefined,
  reason: string,
): string {
  return (
    `${type} resource '${name}': property ${property} value {${describeValue(value)}} ` +
    `has a problem: ${reason}`
  );
}

/** A property value as the message prints it; a secret, at any depth, as [secret]. */
export function describeValue(value: PropertyValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (isSecret(value)) return "[secret]";
  if (typeof value === "string") return value;
  return JSON.stringify(maskSecrets(value));
}

function maskSecrets(value: PropertyValue): PropertyValue {
  if (isSecret(value)) return "[secret]";
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskSecrets(item)]));
  }
  return value;
}
