import { registerCinderRoutes } from "./cinder-handlers";
import type { EngineContext } from "./engine-context";
import { registerProviderActions } from "./provider-actions";
import { providerCollections } from "./provider-collections";
import { registerProviderCollection } from "./provider-handlers";
import type { ApiRouter } from "./router";

/** Every API route the simulator serves. */
export function registerRoutes(router: ApiRouter, context: EngineContext): void {
  for (const collection of providerCollections) {
    registerProviderCollection(router, collection, context);
    registerProviderActions(router, collection, context);
  }
  registerCinderRoutes(router, context);
}
