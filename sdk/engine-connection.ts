import type * as pulumi from "@pulumi/pulumi";

/**
 * Another oVirt engine for one resource, for stacks that span engines. Without it a resource
 * uses the stack's engine: `ovirt:url`, `ovirt:username`, `ovirt:password` (secret),
 * `ovirt:caFile` or `ovirt:caPem`, `ovirt:insecure` in the stack configuration, or the
 * environment variables `OVIRT_URL`, `OVIRT_USERNAME`, `OVIRT_PASSWORD`, `OVIRT_CAFILE`,
 * `OVIRT_INSECURE`. Changing `url` replaces the resource: a provider on another engine is
 * another object.
 */
export interface EngineConnectionArgs {
  /**
   * The engine's API address, e.g. `https://engine.example.com/ovirt-engine/api` (the `/api`
   * may be left out).
   */
  url: pulumi.Input<string>;
  /** The engine user with its profile, e.g. `admin@internal`. */
  username: pulumi.Input<string>;
  /** The engine user's password. Stored as a secret. */
  password: pulumi.Input<string>;
  /** Path of a PEM file with the CA that signed the engine's certificate. */
  caFile?: pulumi.Input<string>;
  /** PEM text of the CA that signed the engine's certificate. */
  caPem?: pulumi.Input<string>;
  /**
   * Skip TLS verification of the engine. For labs only: every run logs a warning.
   * @default false
   */
  insecure?: pulumi.Input<boolean>;
}
