import type { EngineContext } from "./engine-context";
import type { Cluster, DataCenter, Host, StorageDomain } from "./engine-state";
import { notFound } from "./faults";

type Named = { id: string; name: string };

/** Resolves `{id}` or `{name}` the way the engine's resources do: unknown is 404. */
function resolve<T extends Named>(items: readonly T[], wanted: { id?: string; name?: string }): T {
  const found = items.find((item) =>
    wanted.id !== undefined ? item.id === wanted.id : item.name === wanted.name,
  );
  if (found === undefined) throw notFound();
  return found;
}

export const lookup = {
  dataCenter: (context: EngineContext, wanted: { id?: string; name?: string }): DataCenter =>
    resolve(context.store.state.dataCenters, wanted),
  cluster: (context: EngineContext, wanted: { id?: string; name?: string }): Cluster =>
    resolve(context.store.state.clusters, wanted),
  storageDomain: (context: EngineContext, wanted: { id?: string; name?: string }): StorageDomain =>
    resolve(context.store.state.storageDomains, wanted),
  host: (context: EngineContext, wanted: { id?: string; name?: string }): Host =>
    resolve(context.store.state.hosts, wanted),
};

/** True when a reference names something (`{}` or a missing one does not). */
export function isGiven(
  wanted: { id?: string; name?: string } | undefined,
): wanted is { id?: string; name?: string } {
  return wanted !== undefined && (wanted.id !== undefined || wanted.name !== undefined);
}
