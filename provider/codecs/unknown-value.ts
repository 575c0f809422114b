/**
 * Pulumi's stand-in for a value that is not known yet.
 *
 * During `pulumi preview`, an input that depends on another resource's output reaches `check`
 * and `diff` as this exact string, whatever type the argument is declared with (a boolean, a
 * list, a whole nested object). The codecs let it pass wherever it appears and validate
 * everything else, so a preview still reports every mistake that can be seen already.
 */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True for Pulumi's preview sentinel, which stands for any value of any type. */
export function isUnknownValue(value: unknown): boolean {
  return value === UNKNOWN_VALUE;
}
