/**
 * Whether a cross-field rule should treat an argument as given.
 *
 * During preview an argument that depends on another resource's output holds Pulumi's unknown
 * stand-in, and it may still turn out to be undefined. So a rule that refuses a combination
 * ("caFile cannot go with caPem") asks {@link isGiven}, which an unknown value fails, and a rule
 * that asks for an argument ("url is required") asks {@link mayBeGiven}, which it passes. Either
 * way an unknown value makes the rule pass; check runs again with the real value before `up`
 * sends anything.
 */
import { isUnknownValue } from "./unknown-value";

type Arguments = Readonly<Record<string, unknown>>;

/** True when the argument holds a known value: neither left out, nor null, nor unknown yet. */
export function isGiven(input: Arguments, name: string): boolean {
  const value = input[name];
  return value !== undefined && value !== null && !isUnknownValue(value);
}

/** True when the argument holds a value or may hold one once preview's unknowns are resolved. */
export function mayBeGiven(input: Arguments, name: string): boolean {
  const value = input[name];
  return value !== undefined && value !== null;
}
