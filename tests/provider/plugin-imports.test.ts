/**
 * The VMware and import resources driven through Pulumi's real dynamic-provider plugin, started
 * as the CLI starts it, against a simulated engine: serialization, stack configuration, secrets
 * and result shapes are proven here. Needs the built package (`npm test` builds first).
 */
import path from "node:path";

import test from "ava";

import type { RunningSimulator } from "../../simulator";
import { startSimulator } from "../../simulator";
import type { ProviderPlugin, ResourceRef } from "../harness";
import {
  isSecret,
  makeUrn,
  registeredInputs,
  releaseSharedProgramFolders,
  serializeProvider,
  sharedProgramFolder,
  startProviderPlugin,
  UNKNOWN_VALUE,
} from "../harness";
import { simulatorStackConfig } from "../helpers/simulated-engine";

const PACKAGE_ROOT = path.resolve(__dirname, "../..");
const PACKAGE_NAME = "pulumi-ovirt-external-providers";
const MAX_SERIALIZED_PROVIDER_BYTES = 1024;
const MODULES = [
  "vmware-provider",
  "vmware-vm-import",
  "imported-network",
  "imported-image",
] as const;
type ModuleName = (typeof MODULES)[number];

interface PluginHarness {
  plugin: ProviderPlugin;
  simulator: RunningSimulator;
  providerTexts: Map<ModuleName, string>;
}

let shared: Promise<PluginHarness> | undefined;

function modulePath(module: ModuleName): string {
  return `${PACKAGE_NAME}/dist/provider/resource-providers/${module}.js`;
}

// One install, one simulated engine and one plugin process serve the whole file.
function pluginHarness(): Promise<PluginHarness> {
  shared ??= (async () => {
    const folder = await sharedProgramFolder([PACKAGE_ROOT], { ignoreScripts: true });
    const simulator = await startSimulator({
      reachableHosts: ["ovn.example.com", "glance.example.com"],
    });
    const providerTexts = new Map<ModuleName, string>();
    for (const module of MODULES) {
      providerTexts.set(module, (await serializeProvider(folder.root, modulePath(module))).text);
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

function resourceOf(typeName: string, name: string): ResourceRef {
  return {
    urn: makeUrn({
      stack: "test",
      project: "plugin",
      type: `pulumi-nodejs:dynamic/ovirt:${typeName}`,
      name,
    }),
  };
}

for (const module of MODULES) {
  test(`${module}: the serialized provider is a short require of its module`, async (t) => {
    const { providerTexts } = await pluginHarness();
    const text = providerTexts.get(module) ?? "";

    t.true(text.includes(`${PACKAGE_NAME}/dist/provider/resource-providers/${module}`));
    t.true(Buffer.byteLength(text) <= MAX_SERIALIZED_PROVIDER_BYTES);
  });
}

// Serial: it counts the requests the engine received, which concurrent tests would add to.
test.serial(
  "VmwareProvider: the plugin runs check, create, diff, update, read and delete",
  async (t) => {
    const { plugin, simulator, providerTexts } = await pluginHarness();
    const client = plugin.client;
    const text = providerTexts.get("vmware-provider") ?? "";
    const resource = resourceOf("VmwareProvider", "vcenter");
    const secretOptions = { additionalSecretOutputs: ["password"] };
    const args = {
      name: "vcenter",
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      dataCenter: "Datacenter",
      username: "administrator@vsphere.local",
      password: "vcenter-secret",
    };
    const requestsBefore = simulator.requests.entries().length;

    const checked = await client.check(resource, {}, registeredInputs(text, args, ["password"]));
    t.deepEqual(checked.failures, []);
    const created = await client.create(resource, checked.inputs, secretOptions);
    const withId = { ...resource, id: created.id };
    t.is(
      created.outputs.url,
      "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01.example.com",
    );
    t.true(isSecret(created.outputs.password));
    t.is(
      (await client.diff(withId, created.outputs, checked.inputs, checked.inputs)).changes,
      "none",
    );

    const edited = await client.check(
      resource,
      checked.inputs,
      registeredInputs(text, { ...args, verifySsl: false }, ["password"]),
    );
    const diff = await client.diff(withId, created.outputs, edited.inputs, checked.inputs);
    t.deepEqual([diff.changes, diff.replaces], ["some", []]);
    const updated = await client.update(withId, created.outputs, edited.inputs, secretOptions);
    t.regex(String(updated.outputs.url), /\?no_verify=1$/);

    const read = await client.read(withId, updated.outputs, edited.inputs, secretOptions);
    t.is(read.id, created.id);
    t.true(isSecret(read.outputs.password));

    await client.delete(withId, updated.outputs, edited.inputs);
    t.is(simulator.requests.entries().length, requestsBefore, "no request reached the engine");
  },
);

test("VmwareVmImport: the plugin runs check, create, diff, update, read and delete", async (t) => {
  const { plugin, simulator, providerTexts } = await pluginHarness();
  const client = plugin.client;
  const text = providerTexts.get("vmware-vm-import") ?? "";
  const resource = resourceOf("VmwareVmImport", "web01");
  const secretArguments = ["password", "connection"];
  const secretOptions = { additionalSecretOutputs: secretArguments };
  const args = {
    url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01.example.com",
    username: "administrator@vsphere.local",
    password: "vcenter-secret",
    sourceVmName: "plugin-web01",
    cluster: "Default",
    storageDomain: "data1",
  };

  const checked = await client.check(resource, {}, registeredInputs(text, args, secretArguments));
  t.deepEqual(checked.failures, []);
  const created = await client.create(resource, checked.inputs, secretOptions);
  const withId = { ...resource, id: created.id };
  t.is(created.outputs.vmId, created.id);
  t.true(isSecret(created.outputs.password));
  t.is(simulator.inventory.vms().find((vm) => vm.id === created.id)?.name, "plugin-web01");
  t.is(
    (await client.diff(withId, created.outputs, checked.inputs, checked.inputs)).changes,
    "none",
  );

  const edited = await client.check(
    resource,
    checked.inputs,
    registeredInputs(text, { ...args, password: "rotated" }, secretArguments),
  );
  const diff = await client.diff(withId, created.outputs, edited.inputs, checked.inputs);
  t.deepEqual([diff.changes, diff.replaces], ["some", []]);
  const updated = await client.update(withId, created.outputs, edited.inputs, secretOptions);
  t.is(updated.outputs.vmId, created.id);

  const read = await client.read(withId, updated.outputs, edited.inputs, secretOptions);
  t.is(read.id, created.id);
  t.true(isSecret(read.outputs.password));

  await client.delete(withId, updated.outputs, edited.inputs);
  t.true(
    simulator.inventory.vms().some((vm) => vm.id === created.id),
    "the VM stays",
  );

  // Asked to, destroy removes the VM, and a refresh then finds it gone.
  const removable = await client.check(
    resource,
    edited.inputs,
    registeredInputs(
      text,
      { ...args, password: "rotated", removeOnDestroy: true },
      secretArguments,
    ),
  );
  const marked = await client.update(withId, updated.outputs, removable.inputs, secretOptions);
  await client.delete(withId, marked.outputs, removable.inputs);
  t.false(simulator.inventory.vms().some((vm) => vm.id === created.id));
  t.is((await client.read(withId, marked.outputs, removable.inputs)).id, "");
});

// Serial: it counts the requests the engine received, which concurrent tests would add to.
test.serial(
  "VmwareVmImport: a changed VmwareProvider previews and applies in place, with no request",
  async (t) => {
    const { plugin, simulator, providerTexts } = await pluginHarness();
    const client = plugin.client;
    const providerText = providerTexts.get("vmware-provider") ?? "";
    const importText = providerTexts.get("vmware-vm-import") ?? "";
    const vcenter = resourceOf("VmwareProvider", "vcenter-rotating");
    const web = resourceOf("VmwareVmImport", "web-rotating");
    const importSecrets = ["password", "connection"];
    const vcenterArgs = {
      name: "vcenter-rotating",
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      dataCenter: "Datacenter",
      username: "administrator@vsphere.local",
      password: "vcenter-secret",
    };
    const importArgs = (url: unknown, password: unknown) =>
      registeredInputs(
        importText,
        {
          url,
          username: vcenterArgs.username,
          password,
          sourceVmName: "plugin-rotating",
          cluster: "Default",
          storageDomain: "data1",
          removeOnDestroy: true,
        },
        importSecrets,
      );

    const provider = await client.check(
      vcenter,
      {},
      registeredInputs(providerText, vcenterArgs, ["password"]),
    );
    const madeProvider = await client.create(vcenter, provider.inputs);
    const checked = await client.check(
      web,
      {},
      importArgs(madeProvider.outputs.url, vcenterArgs.password),
    );
    const created = await client.create(web, checked.inputs, {
      additionalSecretOutputs: importSecrets,
    });
    const withId = { ...web, id: created.id };
    t.like(created.outputs, { source: "vmware", removeOnDestroy: true, cluster: "Default" });
    const requestsBefore = simulator.requests.entries().length;

    // Preview while the provider changes: its url and password are not known yet.
    const previewed = await client.check(
      web,
      checked.inputs,
      importArgs(UNKNOWN_VALUE, UNKNOWN_VALUE),
    );
    t.deepEqual(previewed.failures, []);
    const previewDiff = await client.diff(
      withId,
      created.outputs,
      previewed.inputs,
      checked.inputs,
    );
    t.deepEqual(previewDiff, { changes: "some", replaces: [], deleteBeforeReplace: false });

    // Up: verifySsl off and a new password reach the import's state only.
    const edited = await client.check(
      vcenter,
      provider.inputs,
      registeredInputs(providerText, { ...vcenterArgs, verifySsl: false, password: "rotated" }, [
        "password",
      ]),
    );
    const updatedProvider = await client.update(
      { ...vcenter, id: madeProvider.id },
      madeProvider.outputs,
      edited.inputs,
    );
    const applied = await client.check(
      web,
      checked.inputs,
      importArgs(updatedProvider.outputs.url, "rotated"),
    );
    const diff = await client.diff(withId, created.outputs, applied.inputs, checked.inputs);
    t.deepEqual(diff, { changes: "some", replaces: [], deleteBeforeReplace: false });
    const updated = await client.update(withId, created.outputs, applied.inputs, {
      additionalSecretOutputs: importSecrets,
    });

    t.is(updated.outputs.vmId, created.id);
    t.regex(String(updated.outputs.url), /\?no_verify=1$/);
    t.true(isSecret(updated.outputs.password));
    t.is(simulator.requests.entries().length, requestsBefore, "no request reached the engine");
    t.is(simulator.inventory.vms().filter((vm) => vm.name === "plugin-rotating").length, 1);
  },
);

test("ImportedNetwork: the plugin runs check, create, diff, read and delete", async (t) => {
  const { plugin, simulator, providerTexts } = await pluginHarness();
  const client = plugin.client;
  const text = providerTexts.get("imported-network") ?? "";
  const resource = resourceOf("ImportedNetwork", "tenant-net");
  const providerId = simulator.inventory.addProvider({
    kind: "EXTERNAL_NETWORK",
    name: "plugin-ovn",
    url: "http://ovn.example.com:9696",
  });
  const args = { providerId, networkName: "provider-net-1", dataCenter: "Default" };

  const checked = await client.check(resource, {}, registeredInputs(text, args, ["connection"]));
  t.deepEqual(checked.failures, []);
  const created = await client.create(resource, checked.inputs);
  const withId = { ...resource, id: created.id };
  t.like(created.outputs, {
    networkId: created.id,
    name: "provider-net-1",
    networkName: "provider-net-1",
    dataCenter: "Default",
  });
  t.is(
    simulator.inventory.networks().find((item) => item.id === created.id)?.externalProviderId,
    providerId,
  );
  t.is(
    (await client.diff(withId, created.outputs, checked.inputs, checked.inputs)).changes,
    "none",
  );

  const read = await client.read(withId, created.outputs, checked.inputs);
  t.is(read.id, created.id);
  t.is(read.outputs.name, "provider-net-1");

  // Another data center holds no network of that name: the new import is made first.
  simulator.inventory.addDataCenter("Plugin-Other");
  const moved = await client.check(
    resource,
    checked.inputs,
    registeredInputs(text, { ...args, dataCenter: "Plugin-Other" }, ["connection"]),
  );
  const diff = await client.diff(withId, created.outputs, moved.inputs, checked.inputs);
  t.deepEqual(diff, { changes: "some", replaces: ["dataCenter"], deleteBeforeReplace: false });

  // A network VMs use stays, and the error says which VMs and what to do.
  const vmId = simulator.inventory.addVm("plugin-net-user", "Default", [created.id]);
  const refusal = await t.throwsAsync(client.delete(withId, created.outputs, checked.inputs));
  t.regex(refusal.message, /provider-net-1/);
  t.regex(refusal.message, /plugin-net-user/);
  t.true(simulator.inventory.networks().some((item) => item.id === created.id));

  simulator.inventory.removeVm(vmId);
  await client.delete(withId, created.outputs, checked.inputs);
  t.false(simulator.inventory.networks().some((item) => item.id === created.id));
  t.is((await client.read(withId, created.outputs, checked.inputs)).id, "");
});

test("ImportedImage: the plugin runs check and diff, and create reports Glance's images", async (t) => {
  const { plugin, simulator, providerTexts } = await pluginHarness();
  const client = plugin.client;
  const text = providerTexts.get("imported-image") ?? "";
  const resource = resourceOf("ImportedImage", "cirros");
  const providerId = simulator.inventory.addProvider({
    kind: "OPENSTACK_IMAGE",
    name: "plugin-glance",
    url: "http://glance.example.com:9292",
  });
  const args = { providerId, imageName: "cirros-0.6.2", storageDomain: "data1" };

  const refused = await client.check(
    resource,
    {},
    registeredInputs(text, { ...args, importAs: "template" }, ["connection"]),
  );
  t.deepEqual(refused.failures, [
    { property: "cluster", reason: 'is required when importAs is "template"' },
  ]);

  const checked = await client.check(resource, {}, registeredInputs(text, args, ["connection"]));
  t.deepEqual(checked.failures, []);
  const stored = { ...checked.inputs, diskId: "d1", name: "cirros-0.6.2" };
  const diff = await client.diff(
    { ...resource, id: "d1" },
    stored,
    { ...checked.inputs, imageName: "fedora-cloud-40" },
    checked.inputs,
  );
  t.deepEqual(diff, { changes: "some", replaces: ["imageName"], deleteBeforeReplace: false });

  const missing = await client.check(
    resource,
    {},
    registeredInputs(text, { ...args, imageName: "ubuntu" }, ["connection"]),
  );
  const error = await t.throwsAsync(client.create(resource, missing.inputs));
  t.regex(error.message, /serves no image named "ubuntu"; it serves "cirros-0\.6\.2"/);
});

for (const importAs of ["disk", "template"] as const) {
  test(`ImportedImage as a ${importAs}: the plugin runs create, read and delete`, async (t) => {
    const { plugin, simulator, providerTexts } = await pluginHarness();
    const client = plugin.client;
    const text = providerTexts.get("imported-image") ?? "";
    const resource = resourceOf("ImportedImage", `cirros-${importAs}`);
    const providerId = simulator.inventory.addProvider({
      kind: "OPENSTACK_IMAGE",
      name: `plugin-glance-${importAs}`,
      url: `http://glance.example.com:9292/${importAs}`,
    });
    const copyName = `plugin-cirros-${importAs}`;
    const args = {
      providerId,
      imageName: "cirros-0.6.2",
      storageDomain: "data1",
      importAs,
      ...(importAs === "disk"
        ? { diskAlias: copyName }
        : { cluster: "Default", templateName: copyName }),
    };
    const made = () =>
      importAs === "disk"
        ? simulator.inventory.disks().filter((disk) => disk.alias === copyName)
        : simulator.inventory.vms().filter((vm) => vm.isTemplate === true && vm.name === copyName);

    const checked = await client.check(resource, {}, registeredInputs(text, args, ["connection"]));
    t.deepEqual(checked.failures, []);
    const created = await client.create(resource, checked.inputs);
    const withId = { ...resource, id: created.id };
    t.deepEqual(
      made().map((item) => item.id),
      [created.id],
    );
    t.like(created.outputs, { importAs, imageName: "cirros-0.6.2", storageDomain: "data1" });

    const read = await client.read(withId, created.outputs, checked.inputs);
    t.is(read.id, created.id);

    await client.delete(withId, created.outputs, checked.inputs);
    t.deepEqual(made(), []);
    t.is((await client.read(withId, created.outputs, checked.inputs)).id, "");
  });
}
