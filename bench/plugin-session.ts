/**
 * The package installed from its tarball, and one Pulumi dynamic-provider plugin serving every
 * measurement, as one deployment's plugin serves all its resources. Resources name their engine
 * through the `connection` argument, so each measurement can bring its own simulated engine.
 */
import path from "node:path";

import type { RunningSimulator } from "../simulator";
import type { PropertyMap, ProviderPlugin, ResourceRef } from "../tests/harness";
import {
  makeUrn,
  registeredInputs,
  serializeProvider,
  sharedProgramFolder,
  startProviderPlugin,
} from "../tests/harness";
import type { BenchSample } from "./bench-samples";
import { benchSamples, namedAs, providerModule } from "./bench-samples";

export const REPOSITORY_ROOT = path.resolve(__dirname, "..");

export interface PluginSession {
  /** The program folder the package is installed in. */
  folder: string;
  plugin: ProviderPlugin;
  /** `__provider` text per type name, as the SDK serializes it. */
  providerTexts: Map<string, string>;
  stop(): Promise<void>;
}

export async function startPluginSession(): Promise<PluginSession> {
  const folder = await sharedProgramFolder([REPOSITORY_ROOT], { ignoreScripts: true });
  const texts = await Promise.all(
    benchSamples.map((sample) => serializeProvider(folder.root, providerModule(sample))),
  );
  const plugin = await startProviderPlugin({ folder: folder.root });

  return {
    folder: folder.root,
    plugin,
    providerTexts: new Map(
      benchSamples.map((sample, index) => [sample.typeName, texts[index].text]),
    ),
    stop: () => plugin.stop(),
  };
}

/** What state holds for one resource. */
export interface StoredResource {
  ref: ResourceRef & { id: string };
  inputs: PropertyMap;
  outputs: PropertyMap;
}

/** Drives one type's resources through the plugin, as the Pulumi engine does. */
export class PluginResources {
  private readonly prepared: Record<string, unknown>;

  constructor(
    private readonly session: PluginSession,
    private readonly sample: BenchSample,
    private readonly engine: RunningSimulator,
  ) {
    this.prepared = sample.prepare?.(engine, `${sample.module}-${engine.requests.count()}`) ?? {};
  }

  /** The registered inputs: arguments (with changes), engine connection, secrets wrapped. */
  inputs(name: string, changes: Record<string, unknown> = {}): PropertyMap {
    // A type kept only in state takes no connection argument.
    const connection = this.sample.stateOnly
      ? {}
      : {
          connection: {
            url: this.engine.apiUrl,
            username: this.engine.username,
            password: this.engine.password,
            caPem: this.engine.caCertificate,
          },
        };
    const args: Record<string, unknown> = {
      ...this.sample.arguments,
      ...this.prepared,
      ...namedAs(this.sample, name),
      ...changes,
      ...connection,
    };
    const providerText = this.session.providerTexts.get(this.sample.typeName) ?? "";
    return registeredInputs(providerText, args, this.sample.secretArguments);
  }

  ref(name: string): ResourceRef {
    return {
      urn: makeUrn({
        stack: "bench",
        project: "bench",
        type: `pulumi-nodejs:dynamic/ovirt:${this.sample.typeName}`,
        name,
      }),
    };
  }

  async check(ref: ResourceRef, olds: PropertyMap, news: PropertyMap): Promise<PropertyMap> {
    const checked = await this.session.plugin.client.check(ref, olds, news);
    if (checked.failures.length > 0) {
      throw new Error(`${this.sample.typeName} check failed: ${JSON.stringify(checked.failures)}`);
    }
    return checked.inputs;
  }

  /** Check, then create: a new resource in `pulumi up`. */
  async create(name: string, changes: Record<string, unknown> = {}): Promise<StoredResource> {
    const ref = this.ref(name);
    const inputs = await this.check(ref, {}, this.inputs(name, changes));
    return this.createChecked(ref, inputs);
  }

  /** Create alone, with inputs that Check already returned: the engine's create step. */
  async createChecked(ref: ResourceRef, inputs: PropertyMap): Promise<StoredResource> {
    const created = await this.session.plugin.client.create(ref, inputs, this.secretOptions());
    return { ref: { ...ref, id: created.id }, inputs, outputs: created.outputs };
  }

  /** Check, then diff: an unchanged resource in a preview. Returns whether it would change. */
  async preview(stored: StoredResource): Promise<boolean> {
    const name = stored.ref.urn.split("::").pop() ?? "";
    const inputs = await this.check(stored.ref, stored.inputs, this.inputs(name));
    const diff = await this.session.plugin.client.diff(
      stored.ref,
      stored.outputs,
      inputs,
      stored.inputs,
    );
    return diff.changes !== "none";
  }

  /** Check, diff, then update with the sample's edit: an edited resource in `pulumi up`. */
  async update(stored: StoredResource): Promise<StoredResource> {
    const name = stored.ref.urn.split("::").pop() ?? "";
    const client = this.session.plugin.client;
    const inputs = await this.check(stored.ref, stored.inputs, this.inputs(name, this.sample.edit));
    const diff = await client.diff(stored.ref, stored.outputs, inputs, stored.inputs);
    if (diff.changes !== "some" || diff.replaces.length > 0) {
      throw new Error(`${this.sample.typeName}: the edit is not an in-place update`);
    }
    const updated = await client.update(stored.ref, stored.outputs, inputs, {
      ...this.secretOptions(),
      oldInputs: stored.inputs,
    });
    return { ...stored, inputs, outputs: updated.outputs };
  }

  /** Read: one resource in `pulumi refresh`. */
  async refresh(stored: StoredResource): Promise<void> {
    const read = await this.session.plugin.client.read(
      stored.ref,
      stored.outputs,
      stored.inputs,
      this.secretOptions(),
    );
    if (read.id !== stored.ref.id) throw new Error(`${this.sample.typeName}: refresh lost it`);
  }

  async delete(stored: StoredResource): Promise<void> {
    await this.session.plugin.client.delete(stored.ref, stored.outputs, stored.inputs);
  }

  private secretOptions() {
    return { additionalSecretOutputs: this.sample.secretArguments };
  }
}
