import { registerAuthenticationKeyRoutes } from "./authentication-keys";
import { registerDiskRoutes } from "./engine-disks";
import { registerTemplateRoutes } from "./engine-templates";
import { registerVmRoutes } from "./engine-vms";
import type { EngineContext } from "./engine-context";
import { registerExternalVmImportRoutes } from "./external-vm-imports";
import { registerInventoryRoutes } from "./inventory-handlers";
import { registerLogicalNetworkRoutes } from "./logical-networks";
import { registerProviderActions } from "./provider-actions";
import { providerCollections } from "./provider-collections";
import { registerProviderCollection } from "./provider-handlers";
import { registerProviderImageRoutes } from "./provider-images";
import { registerProviderNetworkRoutes } from "./provider-networks";
import { registerProviderSubnetRoutes } from "./provider-subnets";
import { registerVolumeTypeRoutes } from "./volume-types";
import type { ApiRouter } from "./router";

/** Every API route the simulator serves. */
export function registerRoutes(router: ApiRouter, context: EngineContext): void {
  for (const collection of providerCollections) {
    registerProviderCollection(router, collection, context);
    registerProviderActions(router, collection, context);
  }
  registerVolumeTypeRoutes(router, context);
  registerAuthenticationKeyRoutes(router, context);
  registerProviderNetworkRoutes(router, context);
  registerProviderSubnetRoutes(router, context);
  registerProviderImageRoutes(router, context);
  registerExternalVmImportRoutes(router, context);
  registerInventoryRoutes(router, context);
  registerLogicalNetworkRoutes(router, context);
  registerVmRoutes(router, context);
  registerTemplateRoutes(router, context);
  registerDiskRoutes(router, context);
}
