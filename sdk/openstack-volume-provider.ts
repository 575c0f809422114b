import * as pulumi from "@pulumi/pulumi";

import openStackVolumeResourceProvider = require("../provider/resource-providers/openstack-volume-provider");
import type { TenantAuthenticationArgs } from "./authentication-args";
import type { EngineConnectionArgs } from "./engine-connection";
import type { ExternalProviderArgs } from "./external-provider-args";
import { everyDeclaredOutput } from "./declared-outputs";
import { resourceProperties, typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["authentication", "authenticationKeys", "connection"] as const;
const outputNames = everyDeclaredOutput<OpenStackVolumeProvider>()([
  "providerId",
  "requiresAuthentication",
  "name",
  "description",
  "url",
  "dataCenter",
  "authentication",
  "authenticationKeys",
  "properties",
  "forceRemove",
  "connection",
]);

/**
 * A Ceph (cephx) key the engine hands to libvirt for the Cinder volumes: one entry of the
 * provider's `authenticationkeys` sub-collection (engine type
 * `openstack_volume_authentication_key`, sent with `usage_type` `ceph`).
 */
export interface CephAuthenticationKeyArgs {
  /**
   * The libvirt secret's UUID, also `rbd_secret_uuid` in cinder.conf (engine field `uuid`): a
   * UUID, unique on the engine and within the list (compared without case). A key of another
   * uuid is another key: the old one is removed from the provider and the new one added.
   */
  uuid: pulumi.Input<string>;
  /**
   * The cephx key of the `client.cinder` user (engine field `value`): padded base64 as
   * `ceph auth get-key` prints it. Write-only on the engine, which never returns it, so a change
   * made outside Pulumi goes unseen; changing it here sends the key again (PUT). Secret.
   */
  value: pulumi.Input<string>;
  /** Free text (engine field `description`): at most 4000 characters, several lines allowed. */
  description?: pulumi.Input<string>;
}

/** Arguments of an {@link OpenStackVolumeProvider}. */
export interface OpenStackVolumeProviderArgs extends ExternalProviderArgs {
  /** The Cinder endpoint with its port (engine field `url`), e.g. `https://cinder.example.com:8776`. */
  url: pulumi.Input<string>;
  /**
   * The data center the Cinder volumes are attached to, by name or id (engine field
   * `data_center`). Changing it replaces the provider.
   */
  dataCenter: pulumi.Input<string>;
  /** Keystone v2.0 credentials of the Cinder service user. Secret. */
  authentication?: pulumi.Input<TenantAuthenticationArgs>;
  /**
   * The Ceph authentication keys (engine sub-collection `authentication_keys`, path
   * `.../authenticationkeys`), managed as a set by `uuid`: keys not listed are removed from the
   * provider, new ones are added, and one whose value or description changed is sent again;
   * leave the argument out to leave the keys alone. Secret.
   */
  authenticationKeys?: pulumi.Input<pulumi.Input<CephAuthenticationKeyArgs>[]>;
  /** Custom properties (engine field `properties`); replaced as a whole on update. */
  properties?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Remove the provider on destroy even while its Cinder storage domain is active or holds disks,
   * as the Administration Portal's "Force Remove" does (the engine's `force` flag). Without it the
   * engine refuses until the domain is detached; disks left on it are orphaned when forced.
   * @default false
   */
  forceRemove?: pulumi.Input<boolean>;
}

/**
 * OpenStack Volume (Cinder) block storage backed by Ceph (engine collection
 * `/openstackvolumeproviders`). Deprecated by oVirt: engines 4.5 and later no longer serve it,
 * and the resource fails with a message saying so on such an engine.
 *
 * @example
 * ```ts
 * const cinder = new ovirt.OpenStackVolumeProvider("cinder", {
 *   url: "https://cinder.example.com:8776",
 *   dataCenter: "Default",
 *   authenticationKeys: [
 *     { uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10", value: config.requireSecret("cephKey") },
 *   ],
 * });
 * ```
 */
export class OpenStackVolumeProvider extends pulumi.dynamic.Resource {
  /** The engine's id of the provider. */
  declare readonly providerId: pulumi.Output<string>;
  /** Whether the engine authenticates to Cinder (engine field `requires_authentication`). */
  declare readonly requiresAuthentication: pulumi.Output<boolean>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly url: pulumi.Output<string>;
  declare readonly dataCenter: pulumi.Output<string>;
  /** Secret. */
  declare readonly authentication: pulumi.Output<
    pulumi.Unwrap<TenantAuthenticationArgs> | undefined
  >;
  /** Secret. */
  declare readonly authenticationKeys: pulumi.Output<
    pulumi.Unwrap<CephAuthenticationKeyArgs>[] | undefined
  >;
  declare readonly properties: pulumi.Output<Record<string, string> | undefined>;
  declare readonly forceRemove: pulumi.Output<boolean | undefined>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(
    name: string,
    args: OpenStackVolumeProviderArgs,
    options?: pulumi.CustomResourceOptions,
  ) {
    super(
      openStackVolumeResourceProvider,
      name,
      resourceProperties(name, args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "OpenStackVolumeProvider",
    );
  }
}
