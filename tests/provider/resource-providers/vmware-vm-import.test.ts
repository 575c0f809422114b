/**
 * VmwareVmImport driven directly against a simulated engine. The simulator serves
 * POST /externalvmimports but not GET or DELETE under /vms; what needs those is tested against a
 * scripted engine in tests/provider/import-vm.test.ts and tests/provider/engine-vms.test.ts.
 */
import test from "ava";

import vmImport = require("../../../provider/resource-providers/vmware-vm-import");
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { startSimulatedEngine } from "../../helpers/simulated-engine";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };

const declared = {
  url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01.example.com",
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
  sourceVmName: "web01",
  cluster: "Default",
  storageDomain: "data1",
};

async function checked(
  connection: object,
  changes: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  await vmImport.configure?.({ config: noStackConfig });
  const result = await vmImport.check!({}, { ...declared, connection, ...changes });
  if (result.failures !== undefined && result.failures.length > 0) {
    throw new Error(`check failed: ${JSON.stringify(result.failures)}`);
  }
  return result.inputs as Record<string, unknown>;
}

test("create makes one POST and the resource id is the new VM's id", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  const inputs = await checked(connection, { newName: "web01-migrated" });

  const created = await vmImport.create(inputs);

  const vm = simulator.inventory.vms().find((candidate) => candidate.id === created.id);
  const cluster = simulator.inventory.clusters().find((candidate) => candidate.name === "Default");
  t.is(simulator.requests.count("POST", "/externalvmimports"), 1);
  t.is(vm?.name, "web01-migrated");
  t.is(vm?.clusterId, cluster?.id);
  t.is(created.outs.vmId, created.id);
  t.is(created.outs.vmName, "web01-migrated");
});

test("a KVM source goes through the same endpoint", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  const inputs = await checked(connection, {
    source: "kvm",
    url: "qemu+ssh://root@kvm.example.com/system",
    username: undefined,
    password: undefined,
    proxyHost: "host1",
  });

  const created = await vmImport.create(inputs);

  t.is(simulator.inventory.vms().find((vm) => vm.id === created.id)?.name, "web01");
});

test("after a lost answer the imported VM is found by name, without a second POST", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  simulator.faults.failNext("POST", "/externalvmimports", { kind: "drop-after-processing" });
  const inputs = await checked(connection);

  const created = await vmImport.create(inputs);

  t.is(simulator.requests.count("POST", "/externalvmimports"), 1);
  const vm = simulator.inventory.vms().find((candidate) => candidate.name === "web01");
  t.is(created.id, vm?.id ?? "no VM named web01");
});

test("a lost answer and a failed lookup end in an error, without a second POST", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  simulator.faults.failNext("POST", "/externalvmimports", { kind: "drop-after-processing" });
  simulator.faults.add({
    method: "GET",
    path: "/vms",
    failure: { kind: "status", status: 500, reason: "Operation Failed", detail: "[Internal]" },
    times: Infinity,
  });
  const inputs = await checked(connection);

  const error = await t.throwsAsync(vmImport.create(inputs));

  t.is(simulator.requests.count("POST", "/externalvmimports"), 1);
  t.regex(error.message, /Importing the VM "web01" got no answer/);
  t.regex(error.message, /check the engine for a VM named "web01"/);
  t.false(error.message.includes(declared.password));
});

test("a VM name already taken fails with what to do about it", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  simulator.inventory.addVm("web01", "Default");
  const inputs = await checked(connection);

  const error = await t.throwsAsync(vmImport.create(inputs));

  t.regex(error.message, /A VM named "web01" already exists on engine https:\/\/127\.0\.0\.1:/);
  t.regex(error.message, /Give newName to import under another name/);
});

test("an unknown storage domain fails naming the targets to check", async (t) => {
  const { connection } = await startSimulatedEngine(t);
  const inputs = await checked(connection, { storageDomain: "no-such-domain" });

  const error = await t.throwsAsync(vmImport.create(inputs));

  t.regex(error.message, /found no cluster "Default", or storage domain "no-such-domain"/);
});

test("check names the missing engine connection", async (t) => {
  await vmImport.configure?.({ config: noStackConfig });
  const previous = process.env.OVIRT_URL;
  delete process.env.OVIRT_URL;
  t.teardown(() => {
    if (previous !== undefined) process.env.OVIRT_URL = previous;
  });

  const result = await vmImport.check!({}, { ...declared });

  t.is(result.failures?.[0]?.property, "connection");
  t.regex(result.failures?.[0]?.reason ?? "", /no engine to talk to: url/);
});

const NO_VERIFY_URL = `${declared.url}?no_verify=1`;

/** Source-side changes: the engine reads them only while importing. */
const inPlaceChanges: Record<string, Record<string, unknown>> = {
  "a new password": { password: "rotated" },
  "verifySsl turned off in the URL": { url: NO_VERIFY_URL },
  "an unknown URL in a preview": { url: UNKNOWN_VALUE },
  "another user": { username: "v2v@vsphere.local" },
  "another proxy host": { proxyHost: "host2" },
  "a drivers ISO": { driversIso: "virtio-win.iso" },
  "VMware parts instead of the URL": {
    url: undefined,
    vmware: { vcenter: "vcenter.example.com", esxiHost: "esxi01.example.com", dataCenter: "DC" },
  },
  "removeOnDestroy turned off": { removeOnDestroy: false },
};

for (const [what, changes] of Object.entries(inPlaceChanges)) {
  test(`diff keeps ${what} in place`, async (t) => {
    const { connection } = await startSimulatedEngine(t);
    const created = await vmImport.create(await checked(connection, { removeOnDestroy: true }));

    const diff = await vmImport.diff!(
      created.id,
      created.outs,
      await checked(connection, { removeOnDestroy: true, ...changes }),
    );

    t.deepEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
  });
}

/** Target-side changes: they shaped the VM, so they need a new import. */
const replacingChanges: Record<string, Record<string, unknown>> = {
  cluster: { cluster: "Other" },
  storageDomain: { storageDomain: "data2" },
  newName: { newName: "web01-new" },
  sourceVmName: { sourceVmName: "web02" },
  sparse: { sparse: true },
  source: { source: "kvm", url: "qemu+ssh://root@kvm.example.com/system" },
};

for (const [name, changes] of Object.entries(replacingChanges)) {
  test(`diff replaces the import on a new ${name}`, async (t) => {
    const { connection } = await startSimulatedEngine(t);
    const created = await vmImport.create(await checked(connection));

    const diff = await vmImport.diff!(created.id, created.outs, await checked(connection, changes));

    t.deepEqual(diff, { changes: true, replaces: [name], deleteBeforeReplace: false });
  });
}

test("diff proposes no change for the same arguments", async (t) => {
  const { connection } = await startSimulatedEngine(t);
  const inputs = await checked(connection);
  const created = await vmImport.create(inputs);

  t.false((await vmImport.diff!(created.id, created.outs, inputs)).changes);
});

test("update stores a new source URL and password without a request, keeping the VM", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  const created = await vmImport.create(await checked(connection));
  const before = simulator.requests.entries().length;

  const updated = await vmImport.update!(
    created.id,
    created.outs,
    await checked(connection, { url: NO_VERIFY_URL, password: "rotated" }),
  );

  t.like(updated.outs, {
    vmId: created.id,
    vmName: "web01",
    url: NO_VERIFY_URL,
    password: "rotated",
  });
  t.is(simulator.requests.entries().length, before);
});

test("a replacement that keeps the name removes the old VM first when asked to", async (t) => {
  const { connection } = await startSimulatedEngine(t);
  const inputs = await checked(connection, { removeOnDestroy: true });
  const created = await vmImport.create(inputs);

  const diff = await vmImport.diff!(
    created.id,
    created.outs,
    await checked(connection, { removeOnDestroy: true, storageDomain: "data2" }),
  );

  t.deepEqual(diff, { changes: true, replaces: ["storageDomain"], deleteBeforeReplace: true });
});

test("update keeps the VM's id and stores the new removeOnDestroy", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  const created = await vmImport.create(await checked(connection));
  const before = simulator.requests.entries().length;

  const updated = await vmImport.update!(
    created.id,
    created.outs,
    await checked(connection, { removeOnDestroy: true }),
  );

  t.is(updated.outs.vmId, created.id);
  t.is(updated.outs.removeOnDestroy, true);
  t.is(simulator.requests.entries().length, before);
});

test("delete leaves the imported VM and sends nothing by default", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  const created = await vmImport.create(await checked(connection));
  const before = simulator.requests.entries().length;

  await vmImport.delete!(created.id, created.outs);

  t.is(simulator.requests.entries().length, before);
  t.true(simulator.inventory.vms().some((vm) => vm.id === created.id));
});
