/**
 * OpenStack Volume (Cinder), deprecated by oVirt: engines from 4.5 on answer every Cinder call
 * with HTTP 500, so a clear error is raised before any request to such an engine.
 */
import {
  checkOpenStackVolumeProviderInputs,
  openStackVolumeProviderFromEngine,
  openStackVolumeProviderToEngine,
} from "../codecs/openstack-volume-provider";
import type { OpenStackVolumeProviderInputs } from "../codecs/openstack-volume-provider";
import { isEngineAtLeast } from "../engine/engine-version";
import { providerCollections } from "../provider-collections";
import type { ProviderKind } from "../provider-kind";
import { applyAuthenticationKeys } from "./cinder-authentication-keys";

export const openStackVolumeProviderKind: ProviderKind<OpenStackVolumeProviderInputs> = {
  typeName: "OpenStackVolumeProvider",
  displayName: "OpenStack Volume provider",
  collection: providerCollections.volume,
  check: checkOpenStackVolumeProviderInputs,
  toEngine: openStackVolumeProviderToEngine,
  fromEngine: openStackVolumeProviderFromEngine,
  // The engine shows the data center only to `All-Content` reads, through the storage domain it
  // made; it is not read back, and a change of data center means a new provider.
  readableFields: ["name", "description", "url", "authentication", "properties"],
  replaceOnChange: ["dataCenter"],
  inUseAdvice:
    "The engine removes a Cinder provider only while its storage domain is in maintenance or " +
    "detached and holds no disks. Move the disks away and detach the domain, or set " +
    "forceRemove: true to skip these checks as the Administration Portal's Force Remove does.",
  removeQuery(inputs): Record<string, string> {
    return inputs.forceRemove === true ? { force: "true" } : {};
  },
  checkEngineSupport(version) {
    if (isEngineAtLeast(version, 4, 5)) {
      throw new Error(
        `OpenStack Volume (Cinder) providers cannot be managed on engine ${version.full}: oVirt ` +
          `4.5 removed the Cinder integration (replaced by Managed Block Storage) and its REST ` +
          `API answers every Cinder call with an error. Remove this resource, or target an ` +
          `engine of version 4.4 or older.`,
      );
    }
  },
  applyFollowUps: applyAuthenticationKeys,
};
