/** Foreman / Satellite: the engine's "external host provider". */
import {
  checkForemanProviderInputs,
  foremanProviderFromEngine,
  foremanProviderToEngine,
} from "../codecs/foreman-provider";
import type { ForemanProviderInputs } from "../codecs/foreman-provider";
import { providerCollections } from "../provider-collections";
import type { ProviderKind } from "../provider-kind";

export const foremanProviderKind: ProviderKind<ForemanProviderInputs> = {
  typeName: "ForemanProvider",
  displayName: "Foreman provider",
  collection: providerCollections.foreman,
  check: checkForemanProviderInputs,
  toEngine: foremanProviderToEngine,
  fromEngine: foremanProviderFromEngine,
  readableFields: ["name", "description", "url", "authentication"],
  replaceOnChange: [],
  inUseAdvice: "Remove what the engine names as using it, then run the destroy again.",
};
