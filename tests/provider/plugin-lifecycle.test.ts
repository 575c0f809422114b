/**
 * The providers driven through Pulumi's real dynamic-provider plugin, started as the CLI starts
 * it, against a simulated engine: serialization, stack configuration, secrets and result shapes
 * are proven here rather than assumed. Needs the built package (`npm test` builds first).
 */
import { createHash } from "node:crypto";
import path from "node:path";

import test from "ava";

import type { RunningSimulator } from "../../simulator";
import { startSimulator } from "../../simulator";
import { getEngineClient } from "../../provider/engine/engine-client";
import type {
  PropertyMap,
  ProviderCallError,
  ProviderPlugin,
  ResourceInitFailure,
} from "../harness";
import {
  annotateSecrets,
  isProviderCallError,
  isSecret,
  makeUrn,
  registeredInputs,
  releaseSharedProgramFolders,
  serializeProvider,
  sharedProgramFolder,
  startProviderPlugin,
} from "../harness";
import { simulatorStackConfig, startSimulatedEngine } from "../helpers/simulated-engine";

const PACKAGE_ROOT = path.resolve(__dirname, "../..");
const PACKAGE_NAME = "pulumi-ovirt-external-providers";
const MAX_SERIALIZED_PROVIDER_BYTES = 1024;

interface PluginSample {
  typeName: string;
  module: string;
  arguments: Record<string, unknown>;
  secretArguments: string[];
  edit: Record<string, unknown>;
}

const keystone = {
  keystoneUrl: "https://keystone.example.com:35357/v2.0",
  tenantName: "services",
};

const samples: PluginSample[] = [
  {
    typeName: "ForemanProvider",
    module: "foreman-provider",
    arguments: {
      name: "plugin-foreman",
      url: "https://foreman.example.com",
      authentication: { username: "admin", password: "foreman-secret" },
    },
    secretArguments: ["authentication", "connection"],
    edit: { description: "hosts" },
  },
  {
    typeName: "OpenStackImageProvider",
    module: "openstack-image-provider",
    arguments: {
      name: "plugin-glance",
      url: "https://glance.example.com:9292",
      authentication: { username: "glance", password: "glance-secret", ...keystone },
    },
    secretArguments: ["authentication", "connection"],
    edit: { url: "https://glance2.example.com:9292" },
  },
  {
    typeName: "OpenStackNetworkProvider",
    module: "openstack-network-provider",
    arguments: {
      name: "plugin-neutron",
      url: "https://neutron.example.com:9696",
      authentication: { username: "neutron", password: "neutron-secret", ...keystone },
    },
    secretArguments: ["authentication", "agentConfiguration", "connection"],
    edit: { readOnly: false },
  },
  {
    typeName: "ExternalNetworkProvider",
    module: "external-network-provider",
    arguments: {
      name: "plugin-ovn",
      url: "https://ovn.example.com:9696",
      pluginType: "OVIRT_PROVIDER_OVN",
      authentication: { username: "admin@internal", password: "ovn-secret" },
    },
    secretArguments: ["authentication", "connection"],
    edit: { autoSync: true },
  },
  {
    typeName: "OpenStackVolumeProvider",
    module: "openstack-volume-provider",
    arguments: {
      name: "plugin-cinder",
      url: "https://cinder.example.com:8776",
      dataCenter: "Default",
      forceRemove: true,
      authentication: { username: "cinder", password: "cinder-secret", ...keystone },
      authenticationKeys: [
        {
          uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10",
          value: "AQAB5mJlAAAAABAAz4yqvX5aGJsLa0QpwA+1tA==",
        },
      ],
    },
    secretArguments: ["authentication", "authenticationKeys", "connection"],
    edit: { description: "volumes" },
  },
];

interface PluginHarness {
  plugin: ProviderPlugin;
  simulator: RunningSimulator;
  providerTexts: Map<string, string>;
}

let shared: Promise<PluginHarness> | undefined;

// One install, one simulated 4.4 engine (the newest that still serves Cinder) and one plugin
// process serve the whole file; every test works on providers of its own names.
function pluginHarness(): Promise<PluginHarness> {
  shared ??= (async () => {
    const folder = await sharedProgramFolder([PACKAGE_ROOT], { ignoreScripts: true });
    const simulator = await startSimulator({ engineVersion: "4.4" });
    const providerTexts = new Map<string, string>();

    for (const sample of samples) {
      const module = `${PACKAGE_NAME}/dist/provider/resource-providers/${sample.module}.js`;
      providerTexts.set(sample.typeName, (await serializeProvider(folder.root, module)).text);
    }

    const plugin = await startProviderPlugin({
      folder: folder.root,
      config: simulatorStackConfig(simulator),
    });
    return { plugin, simulator, providerTexts };
  })();
  return shared;
}

test.after.always(async () => {
  const harness = await shared?.catch(() => undefined);
  await harness?.plugin.stop();
  await harness?.simulator.stop();
  await releaseSharedProgramFolders();
});

const urnParts = { stack: "test", project: "plugin" };

function typeOf(sample: { typeName: string }): string {
  return `pulumi-nodejs:dynamic/ovirt:${sample.typeName}`;
}

/** The URL on a host of its own: the engine refuses two Glance or Cinder providers at one URL. */
function ownHost(url: unknown, label: string): string {
  return String(url).replace("://", `://${label}-`);
}

/** The error a plugin call rejected with; fails the test when it succeeded. */
async function rejectionOf(call: Promise<unknown>): Promise<ProviderCallError> {
  const error = await call.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!isProviderCallError(error)) {
    throw new Error(`expected the plugin call to fail, got ${String(error)}`);
  }
  return error;
}

/** The init failure a create or update rejected with; fails the test if there was none. */
async function initFailureOf(call: Promise<unknown>): Promise<ResourceInitFailure> {
  const error = await rejectionOf(call);
  if (error.initFailure === undefined) {
    throw new Error(`expected a failure that keeps the resource, got ${error.message}`);
  }
  return error.initFailure;
}

for (const sample of samples) {
  const resource = {
    urn: makeUrn({ ...urnParts, type: typeOf(sample), name: sample.arguments.name as string }),
  };

  test(`${sample.typeName}: the serialized provider is a short require of its module`, async (t) => {
    const { providerTexts } = await pluginHarness();
    const text = providerTexts.get(sample.typeName) ?? "";

    t.true(text.includes(`${PACKAGE_NAME}/dist/provider/resource-providers/${sample.module}`));
    t.true(Buffer.byteLength(text) <= MAX_SERIALIZED_PROVIDER_BYTES);
  });

  test(`${sample.typeName}: the plugin runs check, create, diff, update, read and delete`, async (t) => {
    const { plugin, simulator, providerTexts } = await pluginHarness();
    const client = plugin.client;
    const providerText = providerTexts.get(sample.typeName) ?? "";
    const secretOptions = { additionalSecretOutputs: sample.secretArguments };

    const checked = await client.check(
      resource,
      {},
      registeredInputs(providerText, sample.arguments, sample.secretArguments),
    );
    t.deepEqual(checked.failures, []);

    const created = await client.create(resource, checked.inputs, secretOptions);
    const withId = { ...resource, id: created.id };
    t.is(created.outputs.providerId, created.id);
    t.true(isSecret(created.outputs.authentication));
    if (sample.arguments.authenticationKeys !== undefined) {
      t.true(isSecret(created.outputs.authenticationKeys));
    }
    t.is(simulator.inventory.provider(created.id)?.name, sample.arguments.name as string);

    const unchanged = await client.diff(withId, created.outputs, checked.inputs, checked.inputs);
    t.is(unchanged.changes, "none");

    const edited = await client.check(
      resource,
      checked.inputs,
      registeredInputs(
        providerText,
        { ...sample.arguments, ...sample.edit },
        sample.secretArguments,
      ),
    );
    const diff = await client.diff(withId, created.outputs, edited.inputs, checked.inputs);
    t.is(diff.changes, "some");
    const updated = await client.update(withId, created.outputs, edited.inputs, secretOptions);
    t.is(
      (await client.diff(withId, updated.outputs, edited.inputs, edited.inputs)).changes,
      "none",
    );

    const read = await client.read(withId, updated.outputs, edited.inputs, secretOptions);
    t.is(read.id, created.id);
    t.true(isSecret(read.outputs.authentication));

    await client.delete(withId, updated.outputs, edited.inputs);
    t.is(simulator.inventory.provider(created.id), undefined);
  });

  test(`${sample.typeName}: after a failed connectivity test the plugin refreshes and destroys what was created`, async (t) => {
    const { plugin, simulator, providerTexts } = await pluginHarness();
    const name = `${sample.arguments.name as string}-untested`;
    const untested = { urn: makeUrn({ ...urnParts, type: typeOf(sample), name }) };
    const arguments_: Record<string, unknown> = {
      ...sample.arguments,
      name,
      url: ownHost(sample.arguments.url, "untested"),
      testConnectivity: true,
    };
    // Without Ceph keys: their uuids are unique engine-wide, and the lifecycle test of the same
    // sample may hold them on this engine at the same moment.
    delete arguments_.authenticationKeys;
    const checked = await plugin.client.check(
      untested,
      {},
      registeredInputs(
        providerTexts.get(sample.typeName) ?? "",
        arguments_,
        sample.secretArguments,
      ),
    );
    t.deepEqual(checked.failures, []);

    const failure = await initFailureOf(plugin.client.create(untested, checked.inputs));
    // What the engine would store: the error's properties, secrets marked as for any output.
    const stored = annotateSecrets(failure.properties, checked.inputs);
    const withId = { ...untested, id: failure.id };
    const read = await plugin.client.read(withId, stored, checked.inputs);
    await plugin.client.delete(withId, read.outputs, checked.inputs);

    t.is(read.id, failure.id);
    t.is(read.outputs.name, name);
    t.is(simulator.inventory.provider(failure.id), undefined);
    t.is(simulator.inventory.provider(name), undefined);
  });
}

test("a missing engine setting fails check with what to set and where", async (t) => {
  const folder = await sharedProgramFolder([PACKAGE_ROOT], { ignoreScripts: true });
  const module = `${PACKAGE_NAME}/dist/provider/resource-providers/foreman-provider.js`;
  const providerText = (await serializeProvider(folder.root, module)).text;
  const plugin = await startProviderPlugin({
    folder: folder.root,
    env: { OVIRT_URL: "", OVIRT_USERNAME: "", OVIRT_PASSWORD: "" },
  });
  t.teardown(() => plugin.stop());
  const sample = samples[0];

  const checked = await plugin.client.check(
    {
      urn: makeUrn({
        stack: "test",
        project: "plugin",
        type: "pulumi-nodejs:dynamic/ovirt:ForemanProvider",
        name: "unset",
      }),
    },
    {},
    registeredInputs(providerText, sample.arguments, sample.secretArguments),
  );

  t.is(checked.failures.length, 1);
  t.is(checked.failures[0].property, "connection");
  t.is(
    checked.failures[0].reason,
    "no engine to talk to: url, username, password not set; set ovirt:url, ovirt:username, " +
      "ovirt:password in the stack configuration (" +
      "pulumi config set ovirt:url https://engine.example.com/ovirt-engine/api; " +
      "pulumi config set ovirt:username admin@internal; " +
      "pulumi config set --secret ovirt:password <password>), or OVIRT_URL, OVIRT_USERNAME, " +
      "OVIRT_PASSWORD in the environment, or give this resource a connection argument",
  );
});

/** One resource of a sample's type under a name of its own, checked through the plugin. */
async function declared(
  typeName: string,
  arguments_: Record<string, unknown>,
): Promise<{ ref: { urn: string }; inputs: PropertyMap; secretArguments: string[] }> {
  const { plugin, providerTexts } = await pluginHarness();
  const sample = samples.find((candidate) => candidate.typeName === typeName);
  if (sample === undefined) throw new Error(`no sample for ${typeName}`);
  const ref = {
    urn: makeUrn({ ...urnParts, type: typeOf(sample), name: arguments_.name as string }),
  };
  const checked = await plugin.client.check(
    ref,
    {},
    registeredInputs(providerTexts.get(typeName) ?? "", arguments_, sample.secretArguments),
  );
  if (checked.failures.length > 0) {
    throw new Error(`unexpected check failures: ${JSON.stringify(checked.failures)}`);
  }
  return { ref, inputs: checked.inputs, secretArguments: sample.secretArguments };
}

/** The package's own client for the shared engine, to change things behind Pulumi's back. */
function engineBehindPulumi(simulator: RunningSimulator) {
  return getEngineClient({
    url: simulator.apiUrl,
    username: simulator.username,
    password: simulator.password,
    caPem: simulator.caCertificate,
  });
}

/**
 * The chain a provider URL presents, as the product lists it in its errors: each certificate's
 * SHA-256 and subject. The simulator issues fresh keys per run, so the test asks the engine.
 */
async function presentedCertificates(simulator: RunningSimulator, path: string): Promise<string> {
  const answer = (await engineBehindPulumi(simulator).get(path)) as {
    certificate?: { content: string; subject: string }[];
  };
  return (answer.certificate ?? [])
    .map(({ content, subject }) => {
      const sha256 = createHash("sha256").update(Buffer.from(content, "base64")).digest("hex");
      return `${sha256} (${subject})`;
    })
    .join(", ");
}

const STDERR_WAIT_MS = 5000;

/**
 * The first plugin stderr line that passes `matches`, waiting up to five seconds for it. A
 * warning travels on the stderr pipe and the reply on the gRPC socket, so a resolved call does
 * not mean its warning has been read yet.
 */
async function stderrLine(
  plugin: ProviderPlugin,
  matches: (line: string) => boolean,
): Promise<string> {
  const deadline = Date.now() + STDERR_WAIT_MS;
  for (;;) {
    const line = plugin.stderr.find(matches);
    if (line !== undefined) return line;
    if (Date.now() > deadline) {
      throw new Error(
        `no matching plugin stderr line within ${STDERR_WAIT_MS} ms:\n${plugin.stderr.join("\n")}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const cinderSample = samples[4];

test("a Cinder provider moved to another data center is replaced, deleting first, name kept", async (t) => {
  const { plugin, simulator } = await pluginHarness();
  simulator.inventory.addDataCenter("Remote");
  const name = "plugin-cinder-moved";
  // Without Ceph keys: their uuids are unique engine-wide and the sample's are in use.
  const arguments_: Record<string, unknown> = {
    ...cinderSample.arguments,
    name,
    url: ownHost(cinderSample.arguments.url, "moved"),
  };
  delete arguments_.authenticationKeys;
  const before = await declared("OpenStackVolumeProvider", arguments_);
  const options = { additionalSecretOutputs: before.secretArguments };
  const created = await plugin.client.create(before.ref, before.inputs, options);
  const after = await declared("OpenStackVolumeProvider", { ...arguments_, dataCenter: "Remote" });

  const diff = await plugin.client.diff(
    { ...before.ref, id: created.id },
    created.outputs,
    after.inputs,
    before.inputs,
  );
  // The engine's order for a delete-first replacement: delete the old, then create the new.
  await plugin.client.delete({ ...before.ref, id: created.id }, created.outputs, before.inputs);
  const replacement = await plugin.client.create(after.ref, after.inputs, options);

  t.deepEqual(diff, { changes: "some", replaces: ["dataCenter"], deleteBeforeReplace: true });
  t.not(replacement.id, created.id);
  t.is(simulator.inventory.provider(created.id), undefined);
  t.is(simulator.inventory.provider(name)?.id, replacement.id);
  t.is(replacement.outputs.dataCenter, "Remote");
});

test("refresh through the plugin shows a description changed outside Pulumi", async (t) => {
  const { plugin, simulator } = await pluginHarness();
  const resource = await declared("ForemanProvider", {
    ...samples[0].arguments,
    name: "plugin-foreman-drift",
  });
  const created = await plugin.client.create(resource.ref, resource.inputs);
  const withId = { ...resource.ref, id: created.id };
  await engineBehindPulumi(simulator).put(`/externalhostproviders/${created.id}`, {
    description: "edited by hand",
  });

  const read = await plugin.client.read(withId, created.outputs, resource.inputs);
  const diff = await plugin.client.diff(withId, read.outputs, resource.inputs, read.inputs);

  t.is(read.outputs.description, "edited by hand");
  t.is(read.inputs?.description, "edited by hand");
  t.is(diff.changes, "some");
});

test("a provider deleted outside Pulumi reads as gone through the plugin", async (t) => {
  const { plugin, simulator } = await pluginHarness();
  const resource = await declared("ExternalNetworkProvider", {
    ...samples[3].arguments,
    name: "plugin-ovn-gone",
  });
  const created = await plugin.client.create(resource.ref, resource.inputs);
  await engineBehindPulumi(simulator).delete(`/openstacknetworkproviders/${created.id}`);

  const read = await plugin.client.read(
    { ...resource.ref, id: created.id },
    created.outputs,
    resource.inputs,
  );

  t.is(read.id, "");
});

test("adoptExisting through the plugin takes over a hand-made provider and clears the rest", async (t) => {
  const { plugin, simulator } = await pluginHarness();
  const name = "plugin-foreman-adopted";
  const made = (await engineBehindPulumi(simulator).post("/externalhostproviders", {
    name,
    url: "https://foreman.example.com",
    description: "made by hand",
  })) as { id: string };
  const resource = await declared("ForemanProvider", {
    ...samples[0].arguments,
    name,
    adoptExisting: true,
  });

  const adopted = await plugin.client.create(resource.ref, resource.inputs);
  const withId = { ...resource.ref, id: adopted.id };
  const read = await plugin.client.read(withId, adopted.outputs, resource.inputs);

  t.is(adopted.id, made.id);
  t.is(simulator.inventory.provider(made.id)?.description, "");
  t.is(simulator.inventory.provider(made.id)?.username, "admin");
  t.is((await plugin.client.diff(withId, adopted.outputs, resource.inputs)).changes, "none");
  t.is(
    (await plugin.client.diff(withId, read.outputs, resource.inputs, read.inputs)).changes,
    "none",
  );
});

test("a pinned fingerprint that matches nothing fails through the plugin, keeping the id", async (t) => {
  const { plugin, simulator } = await pluginHarness();
  const name = "plugin-foreman-pinned";
  const wrong = "ab".repeat(32);
  const resource = await declared("ForemanProvider", {
    ...samples[0].arguments,
    name,
    trustedCertificate: { sha256: wrong },
  });

  const error = await rejectionOf(plugin.client.create(resource.ref, resource.inputs));
  const failure = error.initFailure;
  const held = simulator.inventory.provider(name);

  const presented = await presentedCertificates(
    simulator,
    `/externalhostproviders/${held?.id ?? ""}/certificates`,
  );
  t.is(
    error.details,
    `The Foreman provider "${name}" was created (id ${held?.id}) but a later step ` +
      `failed: trustedCertificate: no certificate with SHA-256 fingerprint ${wrong}; ` +
      `the provider presents ${presented}`,
  );
  t.is(failure?.id, held?.id);
  t.false("trustedCertificate" in (failure?.properties ?? {}));

  await plugin.client.delete(
    { ...resource.ref, id: failure?.id ?? "" },
    failure?.properties ?? {},
    resource.inputs,
  );
  t.is(simulator.inventory.provider(name), undefined);
});

test("Cinder on a 4.5 engine fails through the plugin with the reason, sending no POST", async (t) => {
  const { plugin } = await pluginHarness();
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.5" });
  const resource = await declared("OpenStackVolumeProvider", {
    ...cinderSample.arguments,
    name: "plugin-cinder-45",
    connection,
  });

  const error = await rejectionOf(plugin.client.create(resource.ref, resource.inputs));
  const version = await engineBehindPulumi(simulator).engineVersion();

  t.is(
    error.details,
    `OpenStack Volume (Cinder) providers cannot be managed on engine ${version.full}: oVirt ` +
      "4.5 removed the Cinder integration (replaced by Managed Block Storage) and its REST " +
      "API answers every Cinder call with an error. Remove this resource, or target an " +
      "engine of version 4.4 or older.",
  );
  t.is(error.initFailure, undefined);
  t.is(simulator.requests.count("POST", "/openstackvolumeproviders"), 0);
});

test("agent configuration on a 4.4 engine warns, through the plugin, that the engine ignores it", async (t) => {
  const { plugin, simulator } = await pluginHarness();
  const name = "plugin-neutron-agent";
  const resource = await declared("OpenStackNetworkProvider", {
    ...samples[2].arguments,
    name,
    url: ownHost(samples[2].arguments.url, "agent"),
    agentConfiguration: {
      interfaceMappings: "physnet1:eth1",
      host: "rabbit.example.com",
      username: "neutron",
      password: "rabbit-secret",
    },
  });

  await plugin.client.create(resource.ref, resource.inputs);
  const version = await engineBehindPulumi(simulator).engineVersion();
  const expected =
    `[ovirt] warn: OpenStackNetworkProvider ${name}: engine ${version.full} ignores the agent ` +
    "configuration (dropped in oVirt 4.4); configure the Neutron agents on the hosts instead";
  await stderrLine(plugin, (line) => line.includes(`OpenStackNetworkProvider ${name}:`));

  const warnings = plugin.stderr.filter((line) =>
    line.includes(`OpenStackNetworkProvider ${name}:`),
  );
  t.deepEqual(warnings, [expected]);
});

test("an external network provider whose POST answer was lost is found by name through the plugin", async (t) => {
  const { plugin } = await pluginHarness();
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const name = "plugin-ovn-lost";
  const resource = await declared("ExternalNetworkProvider", {
    ...samples[3].arguments,
    name,
    connection,
  });
  simulator.faults.failNext("POST", "/openstacknetworkproviders", {
    kind: "drop-after-processing",
  });

  const created = await plugin.client.create(resource.ref, resource.inputs);

  t.is(simulator.requests.count("POST", "/openstacknetworkproviders"), 1);
  t.is(simulator.inventory.provider(name)?.id, created.id);
  t.is(created.outputs.providerId, created.id);
});

test("a Cinder create whose Ceph key POST failed gets its keys from the retrying update", async (t) => {
  const { plugin } = await pluginHarness();
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const resource = await declared("OpenStackVolumeProvider", {
    ...cinderSample.arguments,
    name: "plugin-cinder-retried",
    connection,
  });
  simulator.faults.failNext("POST", /\/authenticationkeys$/, {
    kind: "status",
    status: 400,
    reason: "Operation Failed",
    detail: "[Cannot add the authentication key.]",
  });

  const failure = await initFailureOf(plugin.client.create(resource.ref, resource.inputs));
  const stored = annotateSecrets(failure.properties, resource.inputs);
  const withId = { ...resource.ref, id: failure.id };
  const diff = await plugin.client.diff(withId, stored, resource.inputs, resource.inputs);
  const retried = await plugin.client.update(withId, stored, resource.inputs, {
    additionalSecretOutputs: resource.secretArguments,
  });

  t.is(diff.changes, "some");
  t.deepEqual(
    simulator.inventory.authenticationKeys().map((key) => [key.providerId, key.uuid, key.value]),
    [[failure.id, ...Object.values(cinderKeyOf(cinderSample))]],
  );
  t.true(isSecret(retried.outputs.authenticationKeys));
  t.is(
    (await plugin.client.diff(withId, retried.outputs, resource.inputs, resource.inputs)).changes,
    "none",
  );
});

function cinderKeyOf(sample: PluginSample): { uuid: string; value: string } {
  const [key] = sample.arguments.authenticationKeys as { uuid: string; value: string }[];
  return { uuid: key.uuid, value: key.value };
}
