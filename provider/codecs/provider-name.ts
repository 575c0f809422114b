/**
 * The provider name rule, the same for every kind: the engine's backend accepts only letters,
 * digits, "-" and "_" (no spaces, no dots), its database column holds 128 characters, and the
 * name must be unique across all provider types (that part only the engine can check).
 */
import { textArgument } from "./scalar-arguments";

export const PROVIDER_NAME_MAX_LENGTH = 128;

export const ProviderName = textArgument("provider name", {
  maxLength: PROVIDER_NAME_MAX_LENGTH,
  pattern: {
    regex: /^[0-9A-Za-z_-]+$/,
    reason:
      'may contain only letters, digits, "-" and "_"; the engine refuses spaces, dots and other characters',
  },
});

/**
 * Descriptions are free text; the engine stores up to 4000 characters. The Administration Portal
 * shows them in a text area, so they may span lines.
 */
export const ProviderDescription = textArgument("description", {
  maxLength: 4000,
  allowEmpty: true,
  multiLine: true,
});
