/**
 * The providers driven through Pulumi's real dynamic-provider plugin, started as the CLI starts
 * it, against a simulated engine: serialization, stack configuration, secrets and result shapes
 * are proven here rather than assumed. Needs the built package (`npm test` builds first).
 */
import path from "node:path";

import test from "ava";

import type { RunningSimulator } from "../../simulator";
import { startSimulator } from "../../simulator";
import type { ProviderPlugin } from "../harness";
import {
  isSecret,
  makeUrn,
  registeredInputs,
  releaseSharedProgramFolders,
  secret,
  serializeProvider,
  sharedProgramFolder,
  startProviderPlugin,
} from "../harness";
import { simulatorStackConfig } from "../helpers/simulated-engine";

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

for (const sample of samples) {
  const resource = {
    urn: makeUrn({
      stack: "test",
      project: "plugin",
      type: `pulumi-nodejs:dynamic/ovirt:${sample.typeName}`,
      name: sample.arguments.name as string,
    }),
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
    t.true(isSecret(created.outputs.authentication ?? secret(null)));
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
    t.true(isSecret(read.outputs.authentication ?? secret(null)));

    await client.delete(withId, updated.outputs, edited.inputs);
    t.is(simulator.inventory.provider(created.id), undefined);
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
  t.regex(checked.failures[0].reason, /url, username, password not set; set ovirt:url/);
});
