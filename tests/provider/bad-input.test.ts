/**
 * The bad-input corpus through every kind's check: called directly on the provider objects, and
 * a sample through Pulumi's dynamic-provider plugin. Every case is refused with a short message
 * naming the field, the engine hears nothing, and the planted secret appears in no failure and
 * no log line.
 */
import path from "node:path";

import type * as dynamic from "@pulumi/pulumi/dynamic";
import test from "ava";

import type { RunningSimulator } from "../../simulator";
import { startSimulator } from "../../simulator";
import type { PropertyMap, ProviderPlugin } from "../harness";
import {
  makeUrn,
  releaseSharedProgramFolders,
  secret,
  serializeProvider,
  sharedProgramFolder,
  startProviderPlugin,
} from "../harness";
import { simulatorStackConfig } from "../helpers/simulated-engine";
import type { KindUnderTest } from "./bad-input-corpus";
import {
  badInputCases,
  kindsUnderTest,
  PLANTED_CEPH_KEY,
  PLANTED_SECRET,
  textFieldCases,
} from "./bad-input-corpus";

const PACKAGE_ROOT = path.resolve(__dirname, "../..");
const PACKAGE_NAME = "pulumi-ovirt-external-providers";
/** A reason longer than this is no longer a clear message (it likely echoes the input). */
const MAX_REASON_LENGTH = 400;

// Any debug or info line a check might write is printed, so that a leak cannot hide behind the
// log level; stderr is captured for the life of this test process.
process.env.OVIRT_LOG = "debug";
const loggedLines: string[] = [];
const writeToStderr = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
  loggedLines.push(String(chunk));
  return writeToStderr(chunk, ...rest);
}) as typeof process.stderr.write;

function loadProvider(kind: KindUnderTest): dynamic.ResourceProvider {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`../../provider/resource-providers/${kind.module}`) as dynamic.ResourceProvider;
}

function leaksSecret(text: string): boolean {
  return text.includes(PLANTED_SECRET) || text.includes(PLANTED_CEPH_KEY);
}

let simulator: Promise<RunningSimulator> | undefined;

// One engine that every kind is configured for, so that no failure is about a missing
// connection; it must never receive a request.
function quietEngine(): Promise<RunningSimulator> {
  simulator ??= startSimulator();
  return simulator;
}

async function configuredProvider(kind: KindUnderTest): Promise<dynamic.ResourceProvider> {
  const engine = await quietEngine();
  const provider = loadProvider(kind);
  const values: Record<string, string> = {
    "ovirt:url": engine.apiUrl,
    "ovirt:username": engine.username,
    "ovirt:password": engine.password,
    "ovirt:caPem": engine.caCertificate,
  };
  await provider.configure?.({ config: { get: (key: string) => values[key] } as never });
  return provider;
}

test.after.always(async () => {
  process.stderr.write = writeToStderr;
  await (await simulator?.catch(() => undefined))?.stop();
});

for (const kind of kindsUnderTest) {
  test(`${kind.typeName}: the valid arguments of the corpus pass check`, async (t) => {
    const provider = await configuredProvider(kind);

    const result = await provider.check!({}, kind.valid);

    t.deepEqual(result.failures ?? [], []);
  });

  for (const badInput of [...badInputCases, ...textFieldCases(kind)]) {
    test(`${kind.typeName}: check refuses ${badInput.title}`, async (t) => {
      const provider = await configuredProvider(kind);
      const property = badInput.property(kind);

      const result = await provider.check!({}, badInput.apply(kind));

      const failures = result.failures ?? [];
      t.true(
        failures.some((failure) => failure.property === property),
        `no failure names ${property}: ${JSON.stringify(failures).slice(0, 500)}`,
      );
      for (const failure of failures) {
        t.true(failure.reason.length > 0 && failure.reason.length <= MAX_REASON_LENGTH);
      }
      t.false(leaksSecret(JSON.stringify(failures)));
      t.is(result.inputs, undefined);
      t.is((await quietEngine()).requests.count(), 0);
      t.false(loggedLines.some(leaksSecret));
      t.false("polluted" in Object.prototype);
    });
  }
}

interface PluginSetup {
  plugin: ProviderPlugin;
  engine: RunningSimulator;
  providerTexts: Map<string, string>;
}

let pluginSetup: Promise<PluginSetup> | undefined;

function startPlugin(): Promise<PluginSetup> {
  pluginSetup ??= (async () => {
    const folder = await sharedProgramFolder([PACKAGE_ROOT], { ignoreScripts: true });
    const engine = await startSimulator();
    const kinds = [...new Set(pluginSample.map((sample) => sample.kind))];
    const texts = await Promise.all(
      kinds.map((kind) =>
        serializeProvider(
          folder.root,
          `${PACKAGE_NAME}/dist/provider/resource-providers/${kind.module}.js`,
        ),
      ),
    );
    const providerTexts = new Map(kinds.map((kind, index) => [kind.typeName, texts[index].text]));
    const plugin = await startProviderPlugin({
      folder: folder.root,
      config: simulatorStackConfig(engine),
      env: { OVIRT_LOG: "debug" },
    });
    return { plugin, engine, providerTexts };
  })();
  return pluginSetup;
}

test.after.always(async () => {
  const setup = await pluginSetup?.catch(() => undefined);
  await setup?.plugin.stop();
  await setup?.engine.stop();
  await releaseSharedProgramFolders();
});

/** What the SDK registers: every top-level argument that holds a secret wrapped as one. */
function registered(providerText: string, args: Record<string, unknown>): PropertyMap {
  const inputs: PropertyMap = { __provider: providerText };
  for (const name of Object.keys(args)) {
    const value = args[name] as never;
    inputs[name] = leaksSecret(JSON.stringify(value) ?? "") ? secret(value) : value;
  }
  return inputs;
}

// Every case for two kinds (a network kind, and the kind without a URL) and one case for a third:
// enough to show that the plugin hands our failures on unchanged, without paying for the whole
// matrix twice.
const pluginSample = kindsUnderTest.flatMap((kind) => {
  if (["ExternalNetworkProvider", "VmwareProvider"].includes(kind.typeName)) {
    return badInputCases.map((badInput) => ({ kind, badInput }));
  }
  return kind.typeName === "ForemanProvider" ? [{ kind, badInput: badInputCases[1] }] : [];
});

test("through the plugin, the sample of bad inputs is refused with the field named", async (t) => {
  const { plugin, engine, providerTexts } = await startPlugin();

  for (const { kind, badInput } of pluginSample) {
    const resource = {
      urn: makeUrn({
        stack: "test",
        project: "bad-input",
        type: `pulumi-nodejs:dynamic/ovirt:${kind.typeName}`,
        name: "hostile",
      }),
    };
    const args = badInput.apply(kind);

    const checked = await plugin.client.check(
      resource,
      {},
      registered(providerTexts.get(kind.typeName) ?? "", args),
    );

    const property = badInput.property(kind);
    const named = checked.failures.some((failure) => failure.property === property);
    // A `__proto__` key does not survive the trip from a protobuf Struct back to a JavaScript
    // object in the plugin, so that one case reaches our check without the key.
    const expected = property !== "__proto__";
    t.is(
      named,
      expected,
      `${kind.typeName}, ${badInput.title}: ${JSON.stringify(checked.failures).slice(0, 300)}`,
    );
    t.false(leaksSecret(JSON.stringify(checked.failures)));
  }

  t.is(engine.requests.count(), 0);
  // Only this test uses the plugin: ending it is the way to know every stderr line was read.
  await plugin.stop();
  await plugin.stderrComplete;
  t.false(plugin.stderr.some(leaksSecret));
});
