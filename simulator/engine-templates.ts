import type { ApiRequest } from "./api-request";
import { completedAction } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { Vm } from "./engine-state";
import { notFound } from "./faults";
import { reference } from "./links";
import { nameSearchOf } from "./name-search";
import type { ApiRouter } from "./router";
import type { WireObject } from "./wire-value";
import { wireCollection } from "./wire-value";

/**
 * The engine's templates made by image imports (held with the VMs, marked as templates).
 * Removing one removes its disks too, as the engine does. The engine's built-in Blank template
 * is not modelled, and no VM is ever made from a template here, so nothing blocks a removal.
 */
export function registerTemplateRoutes(router: ApiRouter, context: EngineContext): void {
  const templates = () => context.store.state.vms.filter((vm) => vm.isTemplate === true);
  const find = (id: string | undefined) => {
    const found = templates().find((template) => template.id === id);
    if (found === undefined) throw notFound();
    return found;
  };
  router.add("GET", "templates", (request) => {
    const matches = nameSearchOf(request);
    const items = templates()
      .filter((template) => matches(template.name))
      .map((template) => templateToWire(request, template));
    return { status: 200, document: wireCollection("template", "templates", items) };
  });
  router.add("GET", "templates/:id", (request, params) => ({
    status: 200,
    document: { rootTag: "template", body: templateToWire(request, find(params.id)) },
  }));
  router.add("DELETE", "templates/:id", (_request, params) => {
    const template = find(params.id);
    context.store.change((state) => {
      state.vms = state.vms.filter((candidate) => candidate.id !== template.id);
      state.disks = state.disks.filter((disk) => disk.templateId !== template.id);
    });
    return completedAction();
  });
}

function templateToWire(request: ApiRequest, template: Vm): WireObject {
  return {
    status: "ok",
    cluster: reference(request.base, "clusters", template.clusterId),
    name: template.name,
    href: `${request.base}/templates/${template.id}`,
    id: template.id,
  };
}
