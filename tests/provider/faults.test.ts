/**
 * Engine faults met through Pulumi's dynamic-provider plugin: 502/503 bursts, dropped
 * connections, stalls, token expiry mid-run and a lost answer to a create. Whatever happens, no
 * provider is created twice, no id the engine holds goes missing from state, a failure that is
 * not retried names the resource, the engine and the cause, and running again converges.
 *
 * Each test has its own simulated engine, reached through the resource's `connection` argument,
 * and all share one plugin process, as the resources of one deployment do.
 *
 * Stalls that never end meet the client's own timeout: those tests use a second plugin process
 * whose stack configuration sets `ovirt:requestTimeoutMs` low, as a user would for a slow engine.
 */
import path from "node:path";

import test from "ava";
import type { ExecutionContext } from "ava";

import type { RunningSimulator, ScriptedFailure, SimulatorOptions } from "../../simulator";
import type { PropertyMap, ProviderPlugin, ResourceInitFailure } from "../harness";
import {
  isProviderCallError,
  makeUrn,
  registeredInputs,
  releaseSharedProgramFolders,
  serializeProvider,
  sharedProgramFolder,
  startProviderPlugin,
} from "../harness";
import { startSimulatedEngine } from "../helpers/simulated-engine";

const PACKAGE_ROOT = path.resolve(__dirname, "../..");
const FOREMAN_MODULE =
  "pulumi-ovirt-external-providers/dist/provider/resource-providers/foreman-provider.js";
const COLLECTION = "/externalhostproviders";
const LOGIN_PATH = "/ovirt-engine/sso/oauth/token";
const SECRET_INPUTS = ["authentication", "connection"];

interface SharedPlugin {
  plugin: ProviderPlugin;
  providerText: string;
}

/**
 * The request timeout of the impatient plugin: far below the default 60 s, yet far above what a
 * login or a look-up takes on a busy 2-CPU CI machine, since it applies to those requests too.
 */
const SHORT_TIMEOUT_MS = 1500;

let shared: Promise<SharedPlugin> | undefined;
let impatient: Promise<SharedPlugin> | undefined;

async function startPlugin(config?: Record<string, string>): Promise<SharedPlugin> {
  const folder = await sharedProgramFolder([PACKAGE_ROOT], { ignoreScripts: true });
  const [serialized, plugin] = await Promise.all([
    serializeProvider(folder.root, FOREMAN_MODULE),
    startProviderPlugin({
      folder: folder.root,
      ...(config === undefined ? {} : { config: { values: config, secretKeys: [] } }),
    }),
  ]);
  return { plugin, providerText: serialized.text };
}

function sharedPlugin(): Promise<SharedPlugin> {
  shared ??= startPlugin();
  return shared;
}

/** A plugin whose stack configuration gives every engine request SHORT_TIMEOUT_MS. */
function impatientPlugin(): Promise<SharedPlugin> {
  impatient ??= startPlugin({ "ovirt:requestTimeoutMs": String(SHORT_TIMEOUT_MS) });
  return impatient;
}

test.after.always(async () => {
  for (const started of [shared, impatient]) {
    await (await started?.catch(() => undefined))?.plugin.stop();
  }
  await releaseSharedProgramFolders();
});

/** What Pulumi state holds for one resource, and what happened to its last step. */
interface StoredResource {
  id?: string;
  outputs?: PropertyMap;
  inputs?: PropertyMap;
}

/**
 * One ForemanProvider driven as the Pulumi engine drives it: check then create (or update when
 * state has an id), read, delete; a create that fails with an id keeps that id in state.
 */
class ForemanResource {
  readonly state: StoredResource = {};
  private readonly resource: { urn: string };

  constructor(
    private readonly harness: SharedPlugin,
    readonly engine: RunningSimulator,
    readonly name: string,
    private readonly extra: Record<string, unknown> = {},
  ) {
    this.resource = {
      urn: makeUrn({
        stack: "test",
        project: "faults",
        type: "pulumi-nodejs:dynamic/ovirt:ForemanProvider",
        name,
      }),
    };
  }

  /** Brings the engine to the declared arguments, as `pulumi up` does. */
  async up(changes: Record<string, unknown> = {}): Promise<void> {
    const client = this.harness.plugin.client;
    const checked = await client.check(
      this.resource,
      this.state.inputs ?? {},
      this.inputs(changes),
    );
    if (checked.failures.length > 0) throw new Error(JSON.stringify(checked.failures));
    const options = { additionalSecretOutputs: SECRET_INPUTS };

    try {
      if (this.state.id === undefined) {
        const created = await client.create(this.resource, checked.inputs, options);
        Object.assign(this.state, { id: created.id, outputs: created.outputs });
      } else {
        const withId = { ...this.resource, id: this.state.id };
        const diff = await client.diff(
          withId,
          this.state.outputs!,
          checked.inputs,
          this.state.inputs,
        );
        if (diff.changes === "some") {
          const updated = await client.update(withId, this.state.outputs!, checked.inputs, options);
          this.state.outputs = updated.outputs;
        }
      }
      this.state.inputs = checked.inputs;
    } catch (error) {
      this.keepInitFailure(error, checked.inputs);
      throw error;
    }
  }

  async refresh(): Promise<string> {
    const withId = { ...this.resource, id: this.state.id! };
    const read = await this.harness.plugin.client.read(
      withId,
      this.state.outputs!,
      this.state.inputs,
    );
    return read.id;
  }

  async destroy(): Promise<void> {
    const withId = { ...this.resource, id: this.state.id! };
    await this.harness.plugin.client.delete(withId, this.state.outputs!, this.state.inputs);
    this.state.id = undefined;
  }

  /** How many providers of this name the engine holds. */
  copiesOnEngine(): number {
    return this.engine.inventory.providers().filter((stored) => stored.name === this.name).length;
  }

  private inputs(changes: Record<string, unknown>): PropertyMap {
    const args: Record<string, unknown> = {
      name: this.name,
      url: `https://${this.name}.example.com`,
      authentication: { username: "admin", password: "foreman-secret" },
      connection: {
        url: this.engine.apiUrl,
        username: this.engine.username,
        password: this.engine.password,
        caPem: this.engine.caCertificate,
      },
      ...this.extra,
      ...changes,
    };
    return registeredInputs(this.harness.providerText, args, SECRET_INPUTS);
  }

  // The engine keeps a half-made resource in state with the id its error carried.
  private keepInitFailure(error: unknown, inputs: PropertyMap): void {
    const failure: ResourceInitFailure | undefined = isProviderCallError(error)
      ? error.initFailure
      : undefined;
    if (failure === undefined || failure.id === "") return;
    Object.assign(this.state, { id: failure.id, outputs: failure.properties, inputs });
  }
}

async function foremanOnEngine(
  t: ExecutionContext,
  name: string,
  options: {
    simulator?: SimulatorOptions;
    extra?: Record<string, unknown>;
    plugin?: () => Promise<SharedPlugin>;
  } = {},
): Promise<ForemanResource> {
  const [harness, { simulator }] = await Promise.all([
    (options.plugin ?? sharedPlugin)(),
    startSimulatedEngine(t, options.simulator),
  ]);
  return new ForemanResource(harness, simulator, name, options.extra);
}

/** The plugin's message for a failed call: what the Pulumi CLI prints under the resource. */
async function failureOf(t: ExecutionContext, step: Promise<unknown>): Promise<string> {
  const error = await t.throwsAsync(step);
  return isProviderCallError(error) ? error.details : String(error);
}

/** Every provider the engine holds is one whose id is in state. */
function assertNoIdLost(t: ExecutionContext, resource: ForemanResource): void {
  const held = resource.engine.inventory.providers().map((stored) => stored.id);
  t.deepEqual(held, resource.state.id === undefined ? [] : [resource.state.id]);
}

const status = (code: number): ScriptedFailure => ({ kind: "status", status: code });

test("502 and 503 bursts on the login, reads, updates and deletes are retried through a lifecycle", async (t) => {
  const foreman = await foremanOnEngine(t, "bursts");
  const providerPath = () => new RegExp(`^${COLLECTION}/${foreman.state.id}$`);

  foreman.engine.faults.failNext("POST", LOGIN_PATH, status(502), 2);
  await foreman.up();
  foreman.engine.faults.failNext("PUT", providerPath(), status(503), 2);
  await foreman.up({ description: "after a burst" });
  foreman.engine.faults.failNext("GET", providerPath(), status(504));
  const readId = await foreman.refresh();

  t.is(readId, foreman.state.id ?? "");
  t.is(foreman.engine.inventory.provider(foreman.name)?.description, "after a burst");
  assertNoIdLost(t, foreman);
  foreman.engine.faults.failNext("DELETE", providerPath(), status(503), 2);
  await foreman.destroy();
  t.is(foreman.copiesOnEngine(), 0);
  t.is(foreman.engine.requests.count("POST", COLLECTION), 1);
  t.deepEqual(foreman.engine.faults.pending(), []);
});

test("a 503 to the create's POST is not repeated; the error names the resource, engine and cause, and a rerun creates one", async (t) => {
  const foreman = await foremanOnEngine(t, "refused-post");
  foreman.engine.faults.failNext("POST", COLLECTION, status(503));

  const message = await failureOf(t, foreman.up());

  t.true(message.includes(foreman.name), message);
  t.true(message.includes(foreman.engine.apiUrl), message);
  t.true(message.includes("503"), message);
  t.is(foreman.engine.requests.count("POST", COLLECTION), 1);
  assertNoIdLost(t, foreman);
  await foreman.up();
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
});

test("a burst longer than the retries fails the update by name, and a rerun converges", async (t) => {
  const foreman = await foremanOnEngine(t, "long-burst");
  await foreman.up();
  foreman.engine.faults.failNext("PUT", `${COLLECTION}/${foreman.state.id}`, status(502), 4);

  const message = await failureOf(t, foreman.up({ description: "wanted" }));

  t.true(message.includes(foreman.name), message);
  t.true(message.includes(foreman.engine.apiUrl), message);
  t.true(message.includes("502"), message);
  await foreman.up({ description: "wanted" });
  t.is(foreman.engine.inventory.provider(foreman.name)?.description, "wanted");
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
});

test("a dropped connection is retried for a GET; for the POST nothing is created and a rerun creates one", async (t) => {
  const foreman = await foremanOnEngine(t, "dropped");
  foreman.engine.faults.failNext("POST", COLLECTION, { kind: "drop" });
  // The look-up that follows a POST without an answer.
  foreman.engine.faults.failNext("GET", COLLECTION, { kind: "drop" });

  const message = await failureOf(t, foreman.up());

  t.true(message.includes(foreman.name), message);
  t.true(message.includes(foreman.engine.apiUrl), message);
  t.true(message.includes("no answer"), message);
  t.deepEqual(foreman.engine.faults.pending(), []);
  t.is(foreman.copiesOnEngine(), 0);
  assertNoIdLost(t, foreman);
  await foreman.up();
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
});

test("stalls that end in a dropped connection: the read is retried, the create looks up before failing", async (t) => {
  const foreman = await foremanOnEngine(t, "stalled");
  const stall: ScriptedFailure = { kind: "stall", ms: 200 };
  foreman.engine.faults.failNext("POST", COLLECTION, stall);

  const message = await failureOf(t, foreman.up());

  t.true(message.includes(foreman.name) && message.includes(foreman.engine.apiUrl), message);
  t.true(message.includes("no answer"), message);
  t.is(foreman.engine.requests.count("GET", COLLECTION), 1);
  await foreman.up();
  foreman.engine.faults.failNext("GET", `${COLLECTION}/${foreman.state.id}`, stall);
  t.is(await foreman.refresh(), foreman.state.id ?? "");
  t.deepEqual(foreman.engine.faults.pending(), []);
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
});

test("stalls past the request timeout: the read is retried, the create looks up before failing, a rerun converges", async (t) => {
  const foreman = await foremanOnEngine(t, "timed-out", { plugin: impatientPlugin });
  // Held until the simulator stops: only the client's timeout ends these requests.
  const endless: ScriptedFailure = { kind: "stall" };
  foreman.engine.faults.failNext("POST", COLLECTION, endless);

  const message = await failureOf(t, foreman.up());

  t.true(message.includes(foreman.name) && message.includes(foreman.engine.apiUrl), message);
  t.true(message.includes(`timed out after ${SHORT_TIMEOUT_MS} ms`), message);
  t.is(foreman.engine.requests.count("POST", COLLECTION), 1);
  t.is(foreman.engine.requests.count("GET", COLLECTION), 1, "one look-up by name");
  t.is(foreman.copiesOnEngine(), 0);
  assertNoIdLost(t, foreman);

  await foreman.up();
  foreman.engine.faults.failNext("GET", `${COLLECTION}/${foreman.state.id}`, endless);
  t.is(await foreman.refresh(), foreman.state.id ?? "");
  t.deepEqual(foreman.engine.faults.pending(), []);
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
});

test("tokens expiring mid-run cost one new login and no failure", async (t) => {
  const first = await foremanOnEngine(t, "expiry-first");
  const second = new ForemanResource(await sharedPlugin(), first.engine, "expiry-second");
  await first.up();

  first.engine.faults.expireTokens();
  await Promise.all([first.up({ description: "after expiry" }), second.up()]);
  await first.refresh();

  t.is(first.engine.requests.count("POST", LOGIN_PATH), 2);
  t.is(first.copiesOnEngine(), 1);
  t.is(second.copiesOnEngine(), 1);
  t.is(first.engine.inventory.provider(first.name)?.description, "after expiry");
});

test("a lost answer to a create is found by name: one POST, and the id reaches state", async (t) => {
  const foreman = await foremanOnEngine(t, "lost-answer");
  foreman.engine.faults.failNext("POST", COLLECTION, { kind: "drop-after-processing" });

  await foreman.up();

  t.is(foreman.engine.requests.count("POST", COLLECTION), 1);
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
  await foreman.up();
  t.is(foreman.engine.requests.count("POST", COLLECTION), 1);
});

test("a create whose follow-up fails carries the id into state, and a rerun updates instead of creating again", async (t) => {
  const foreman = await foremanOnEngine(t, "half-made", {
    simulator: { reachableHosts: ["*"] },
    extra: { testConnectivity: true, trustPresentedCertificate: true },
  });
  foreman.engine.faults.failNext("POST", /\/testconnectivity$/, status(503));

  const message = await failureOf(t, foreman.up());

  t.true(message.includes(foreman.name), message);
  t.true(message.includes(foreman.engine.apiUrl), message);
  t.true(message.includes("503"), message);
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
  await foreman.up({ description: "finished" });
  t.is(foreman.engine.requests.count("POST", COLLECTION), 1);
  t.is(foreman.copiesOnEngine(), 1);
  assertNoIdLost(t, foreman);
});
