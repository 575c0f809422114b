/**
 * The dynamic provider Pulumi runs for this kind. It is this module's whole `module.exports`, so
 * Pulumi stores only a `require` of this file's path in state: keep the path stable.
 */
import { openStackVolumeProviderKind } from "../kinds/openstack-volume-provider";
import { createResourceProvider } from "../resource-provider";

export = createResourceProvider(openStackVolumeProviderKind);
