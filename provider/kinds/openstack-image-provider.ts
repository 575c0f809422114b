/** OpenStack Image (Glance). */
import {
  checkOpenStackImageProviderInputs,
  openStackImageProviderFromEngine,
  openStackImageProviderToEngine,
} from "../codecs/openstack-image-provider";
import type { OpenStackImageProviderInputs } from "../codecs/openstack-image-provider";
import { providerCollections } from "../provider-collections";
import type { ProviderKind } from "../provider-kind";

export const openStackImageProviderKind: ProviderKind<OpenStackImageProviderInputs> = {
  typeName: "OpenStackImageProvider",
  displayName: "OpenStack Image provider",
  collection: providerCollections.image,
  check: checkOpenStackImageProviderInputs,
  toEngine: openStackImageProviderToEngine,
  fromEngine: openStackImageProviderFromEngine,
  readableFields: ["name", "description", "url", "authentication", "properties"],
  replaceOnChange: [],
  inUseAdvice:
    "Wait for the tasks on its Glance storage domain to end (disk imports, exports), then run " +
    "the destroy again.",
  // The engine rebuilds a Glance provider's OpenStack properties from each PUT, so a PUT that
  // leaves tenant_name out clears the stored tenant (engine-api.md 3.2).
  resendOnUpdate: ["tenant_name"],
};
