import type * as pulumi from "@pulumi/pulumi";

import type { EngineConnectionArgs } from "./engine-connection";

/**
 * Arguments every provider type shares: its identity on the engine, and the options that steer
 * what happens around the engine's add and update (never sent to the engine themselves).
 */
export interface ExternalProviderArgs {
  /**
   * The provider's name on the engine (engine field `name`): letters, digits, `-` and `_`, at
   * most 128 characters, unique across all provider types of the engine. Renaming updates the
   * provider in place.
   * @default the Pulumi resource name
   */
  name?: pulumi.Input<string>;
  /**
   * Free text shown in the Administration Portal (engine field `description`): at most 4000
   * characters, several lines allowed. Changing it updates the provider in place.
   */
  description?: pulumi.Input<string>;
  /** Manage this provider on another engine than the stack's; see {@link EngineConnectionArgs}. */
  connection?: pulumi.Input<EngineConnectionArgs>;
  /**
   * Take over a provider of the same name and type that already exists on the engine and bring
   * it to the declared state, instead of failing on the name conflict. Pulumi's `import` does
   * not work for dynamic resources; this is the way to manage a provider added by hand.
   * @default false
   */
  adoptExisting?: pulumi.Input<boolean>;
  /**
   * Run the engine's connectivity test (the portal's "Test" button) after every create and
   * update; a failure fails the step with the engine's message, and the provider stays in state.
   * @default false
   */
  testConnectivity?: pulumi.Input<boolean>;
  /**
   * Import into the engine's trust store the certificate presented by the provider URL whose
   * SHA-256 fingerprint is `sha256` (64 hex digits, colons allowed). Fails, listing the
   * fingerprints found, when none matches.
   */
  trustedCertificate?: pulumi.Input<{ sha256: pulumi.Input<string> }>;
  /**
   * Import the top certificate of the chain the provider URL presents, whatever it is, as the
   * portal's OK button does. Logs a warning with the fingerprint; prefer `trustedCertificate`.
   * @default false
   */
  trustPresentedCertificate?: pulumi.Input<boolean>;
}
