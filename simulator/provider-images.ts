import { randomUUID } from "node:crypto";
import type { ApiReply, ApiRequest } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { RemoteImage, StoredProvider } from "./engine-state";
import { isGiven, lookup } from "./engine-lookup";
import { incompleteParameters, mandatoryAlternativesMissing, notFound } from "./faults";
import { actionLinks, reference } from "./links";
import { openStackImageProviders } from "./provider-collections";
import { findForCollection } from "./provider-lookup";
import { remoteInventoryOf } from "./provider-remote";
import { readActionBody } from "./request-body";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

const IMAGES = "openstackimageproviders/:id/images";

/** The images a Glance provider serves and their import as a disk or a template. */
export function registerProviderImageRoutes(router: ApiRouter, context: EngineContext): void {
  const image = async (params: Record<string, string>) => {
    const provider = findForCollection(params.id, openStackImageProviders, context);
    const { images } = await remoteInventoryOf(provider, context);
    const found = images.find((candidate) => candidate.id === params.imageId);
    if (found === undefined) throw notFound();
    return { provider, image: found };
  };
  router.add("GET", IMAGES, async (request, params) => {
    const provider = findForCollection(params.id, openStackImageProviders, context);
    const { images } = await remoteInventoryOf(provider, context);
    const items = images.map((item) => imageToWire(request.base, provider, item));
    return { status: 200, document: wireCollection("openstack_image", "openstack_images", items) };
  });
  router.add("GET", `${IMAGES}/:imageId`, async (request, params) => {
    const found = await image(params);
    return {
      status: 200,
      document: {
        rootTag: "openstack_image",
        body: imageToWire(request.base, found.provider, found.image),
      },
    };
  });
  router.add("POST", `${IMAGES}/:imageId/import`, async (request, params) => {
    const found = await image(params);
    return importImage(request, found.provider, found.image, context);
  });
}

function imageHref(base: string, provider: StoredProvider, image: RemoteImage) {
  return `${base}/openstackimageproviders/${provider.id}/images/${image.id}`;
}

function imageToWire(base: string, provider: StoredProvider, image: RemoteImage): WireObject {
  const href = imageHref(base, provider, image);
  return {
    openstack_image_provider: reference(base, "openstackimageproviders", provider.id),
    actions: actionLinks(href, ["import"]),
    name: image.name,
    href,
    id: image.id,
  };
}

/**
 * Import runs with VDSM tasks, so by default the engine answers 202 with the action still
 * pending; `"async": "false"` in the body makes it wait and answer 200 complete. The simulator
 * creates the disk (and template) at once either way.
 */
function importImage(
  request: ApiRequest,
  provider: StoredProvider,
  image: RemoteImage,
  context: EngineContext,
): ApiReply {
  const { reader, value } = readActionBody(request, "openstack_image", "import");
  const domainWanted = reader.reference(value, "storage_domain");
  if (!isGiven(domainWanted)) {
    throw mandatoryAlternativesMissing("storage_domain.id", "storage_domain.name");
  }
  const asTemplate = reader.boolean(value, "import_as_template") ?? false;
  const clusterWanted = reader.reference(value, "cluster");
  if (asTemplate && !isGiven(clusterWanted)) {
    throw incompleteParameters("Action", ["cluster.id|name"], "doImport");
  }
  const domain = lookup.storageDomain(context, domainWanted);
  const cluster =
    asTemplate && isGiven(clusterWanted) ? lookup.cluster(context, clusterWanted) : undefined;
  const disk = reader.object(value, "disk");
  const alias =
    (disk && (reader.string(disk, "alias") ?? reader.string(disk, "name"))) ?? image.name;
  const template = reader.object(value, "template");
  context.store.change((state) => {
    // Imported as a template, the disk is the template's own (removed with it).
    const templateId = cluster === undefined ? undefined : randomUUID();
    state.disks.push({
      id: randomUUID(),
      alias,
      storageDomainId: domain.id,
      ...(templateId === undefined ? {} : { templateId }),
    });
    if (cluster !== undefined && templateId !== undefined) {
      const name = (template && reader.string(template, "name")) ?? image.name;
      state.vms.push({
        id: templateId,
        name,
        clusterId: cluster.id,
        networkIds: [],
        isTemplate: true,
      });
    }
  });
  const echoed = structuredClone(value) as WireObject;
  if (reader.boolean(value, "async") === false) {
    return {
      status: 200,
      document: { rootTag: "action", body: { ...echoed, status: "complete" } },
    };
  }
  const importPath = `${imageHref(request.base, provider, image)}/import`;
  const actionId = randomUUID();
  return {
    status: 202,
    document: {
      rootTag: "action",
      body: {
        ...echoed,
        async: true,
        status: "pending",
        href: `${importPath}/${actionId}`,
        id: actionId,
        link: [
          { href: imageHref(request.base, provider, image), rel: "parent" },
          { href: importPath, rel: "replay" },
        ],
      },
    },
  };
}
