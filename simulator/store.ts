import { randomUUID } from "node:crypto";
import type { EngineState, RemoteInventory, StoredProvider } from "./engine-state";
import type { InventorySeed } from "./inventory-seed";

/**
 * The simulated engine's database. Handlers change `state` inside `change()`; the server calls
 * `flush()` before it answers, so with a state file nothing answered can be lost.
 */
export class EngineStore {
  private dirty = false;

  constructor(
    readonly state: EngineState,
    private readonly persist?: (state: EngineState) => void,
  ) {}

  change<T>(mutation: (state: EngineState) => T): T {
    this.dirty = true;
    return mutation(this.state);
  }

  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.persist?.(this.state);
  }

  provider(id: string): StoredProvider | undefined {
    return this.state.providers.find((provider) => provider.id === id);
  }

  /** What the provider at `url` serves; an endpoint seen for the first time gets the defaults. */
  remoteFor(url: string | undefined): RemoteInventory {
    const key = endpointKey(url) ?? "";
    const existing = this.state.remote[key];
    if (existing !== undefined) return existing;
    return this.change((state) => {
      const copy = structuredClone(state.remoteDefaults);
      state.remote[key] = copy;
      return copy;
    });
  }

  /** Applies the parts of a seed that need provider URLs or ids (see inventory-seed.ts). */
  applyProviderSeed(seed: InventorySeed): void {
    this.change((state) => {
      for (const provider of seed.providers ?? []) {
        state.providers.push({
          description: "",
          requiresAuthentication: false,
          ...provider,
          id: provider.id ?? randomUUID(),
        });
      }
      const perUrl: Array<[Record<string, unknown[]> | undefined, keyof RemoteInventory]> = [
        [seed.providerNetworks, "networks"],
        [seed.providerImages, "images"],
        [seed.volumeTypes, "volumeTypes"],
      ];
      for (const [lists, field] of perUrl) {
        for (const [url, items] of Object.entries(lists ?? {})) {
          const key = endpointKey(url) ?? url;
          state.remote[key] ??= structuredClone(state.remoteDefaults);
          (state.remote[key] as unknown as Record<string, unknown[]>)[field] =
            structuredClone(items);
        }
      }
    });
  }
}

/** `scheme://host:port` of a provider URL, the port made explicit; undefined if unparsable. */
export function endpointKey(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    const port = parsed.port || (parsed.protocol === "https:" ? "443" : "80");
    return `${parsed.protocol}//${parsed.hostname.toLowerCase()}:${port}`;
  } catch {
    return undefined;
  }
}
