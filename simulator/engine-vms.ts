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
 * The engine's own VM collection, holding the VMs that external imports created (templates share
 * the store but live under /templates). Imports complete at once here, so every VM is down and
 * can be removed; the engine's other refusals (running, locked, delete protected) never apply.
 */
export function registerVmRoutes(router: ApiRouter, context: EngineContext): void {
  const vms = () => context.store.state.vms.filter((vm) => vm.isTemplate !== true);
  const find = (id: string | undefined) => {
    const found = vms().find((vm) => vm.id === id);
    if (found === undefined) throw notFound();
    return found;
  };
  router.add("GET", "vms", (request) => {
    const matches = nameSearchOf(request);
    const items = vms()
      .filter((vm) => matches(vm.name))
      .map((vm) => vmToWire(request, vm));
    return { status: 200, document: wireCollection("vm", "vms", items) };
  });
  router.add("GET", "vms/:id", (request, params) => ({
    status: 200,
    document: { rootTag: "vm", body: vmToWire(request, find(params.id)) },
  }));
  router.add("DELETE", "vms/:id", (_request, params) => {
    const vm = find(params.id);
    context.store.change((state) => {
      state.vms = state.vms.filter((candidate) => candidate.id !== vm.id);
    });
    return completedAction();
  });
}

/** A small part of the model's Vm: what an import decides (name, cluster) and its state. */
function vmToWire(request: ApiRequest, vm: Vm): WireObject {
  return {
    status: "down",
    cluster: reference(request.base, "clusters", vm.clusterId),
    name: vm.name,
    href: `${request.base}/vms/${vm.id}`,
    id: vm.id,
  };
}
