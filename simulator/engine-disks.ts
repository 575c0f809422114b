import type { ApiRequest } from "./api-request";
import { completedAction } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { Disk } from "./engine-state";
import { engineMessages } from "./engine-messages";
import { notFound, operationFailed } from "./faults";
import { reference } from "./links";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

/**
 * The engine's disks as image imports leave them: floating disks, or the disk of an imported
 * template. Only the calls that find and remove them are served: one disk, and the disks of a
 * storage domain.
 */
export function registerDiskRoutes(router: ApiRouter, context: EngineContext): void {
  const find = (id: string | undefined) => {
    const found = context.store.state.disks.find((disk) => disk.id === id);
    if (found === undefined) throw notFound();
    return found;
  };
  router.add("GET", "disks/:id", (request, params) => ({
    status: 200,
    document: { rootTag: "disk", body: diskToWire(request, find(params.id)) },
  }));
  router.add("GET", "storagedomains/:id/disks", (request, params) => {
    const domain = context.store.state.storageDomains.find((item) => item.id === params.id);
    if (domain === undefined) throw notFound();
    const items = context.store.state.disks
      .filter((disk) => disk.storageDomainId === domain.id)
      .map((disk) => diskToWire(request, disk));
    return { status: 200, document: wireCollection("disk", "disks", items) };
  });
  router.add("DELETE", "disks/:id", (_request, params) => {
    const disk = find(params.id);
    const template = context.store.state.vms.find((vm) => vm.id === disk.templateId);
    if (template !== undefined) {
      // The engine removes a template's disks with the template; the status and wording of its
      // refusal to remove one alone are not in the docs (409 and our own sentence here).
      const refusal = engineMessages.diskOfTemplate(template.name);
      throw operationFailed(refusal.status, [refusal.text]);
    }
    context.store.change((state) => {
      state.disks = state.disks.filter((candidate) => candidate.id !== disk.id);
    });
    return completedAction();
  });
}

/**
 * A small part of the model's Disk. `name` repeats `alias`, as engines since 4.0 write both.
 * Listed under a storage domain, a disk keeps its `/disks/{id}` href (a choice: the docs are
 * silent), and names the domain in `storage_domains`.
 */
function diskToWire(request: ApiRequest, disk: Disk): WireObject {
  return {
    alias: disk.alias,
    status: "ok",
    storage_type: "image",
    storage_domains: {
      storage_domain: [reference(request.base, "storagedomains", disk.storageDomainId)],
    },
    name: disk.alias,
    href: `${request.base}/disks/${disk.id}`,
    id: disk.id,
  };
}
