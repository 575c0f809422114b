import type { EngineContext } from "./engine-context";
import type { RemoteVolumeType, StoredProvider } from "./engine-state";
import { notFound } from "./faults";
import { reference } from "./links";
import { openStackVolumeProviders } from "./provider-collections";
import { findForCollection } from "./provider-lookup";
import { remoteInventoryOf } from "./provider-remote";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

const PROVIDER_PATH = "openstackvolumeproviders/:id";

/**
 * The volume types a Cinder provider serves (engine <= 4.4; on 4.5 the whole collection
 * answers 500 before reaching here, see api-service.ts). Fetched live from the provider.
 */
export function registerVolumeTypeRoutes(router: ApiRouter, context: EngineContext): void {
  const provider = (id: string | undefined) =>
    findForCollection(id, openStackVolumeProviders, context);
  router.add("GET", `${PROVIDER_PATH}/volumetypes`, async (request, params) => {
    const owner = provider(params.id);
    const { volumeTypes } = await remoteInventoryOf(owner, context);
    const items = volumeTypes.map((type) => volumeTypeToWire(request.base, owner, type));
    return {
      status: 200,
      document: wireCollection("open_stack_volume_type", "open_stack_volume_types", items),
    };
  });
  router.add("GET", `${PROVIDER_PATH}/volumetypes/:typeId`, async (request, params) => {
    const owner = provider(params.id);
    const { volumeTypes } = await remoteInventoryOf(owner, context);
    const type = volumeTypes.find((candidate) => candidate.id === params.typeId);
    if (type === undefined) throw notFound();
    return {
      status: 200,
      document: {
        rootTag: "open_stack_volume_type",
        body: volumeTypeToWire(request.base, owner, type),
      },
    };
  });
}

function volumeTypeToWire(base: string, owner: StoredProvider, type: RemoteVolumeType): WireObject {
  return {
    properties:
      type.properties === undefined || type.properties.length === 0
        ? undefined
        : { property: type.properties.map((entry) => ({ ...entry })) },
    openstack_volume_provider: reference(base, "openstackvolumeproviders", owner.id),
    name: type.name,
    href: `${base}/openstackvolumeproviders/${owner.id}/volumetypes/${type.id}`,
    id: type.id,
  };
}
