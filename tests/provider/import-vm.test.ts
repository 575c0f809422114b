/**
 * The import's answers that the simulator cannot give (it serves no GET under /vms), played by a
 * scripted engine: the VM found after a lost answer, and the holder of a taken name.
 */
import test from "ava";

import type { VmwareVmImportInputs } from "../../provider/codecs/vmware-vm-import";
import { createEngineClient } from "../../provider/engine/engine-client";
import { importVm } from "../../provider/import-vm";
import { fakeEngine, socketError } from "../helpers/fake-engine";

const API = "/ovirt-engine/api";

const inputs: VmwareVmImportInputs = {
  source: "vmware",
  url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01",
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
  sourceVmName: "web01",
  cluster: "Default",
  storageDomain: "data1",
  removeOnDestroy: false,
};

const postedBody = {
  provider: "vmware",
  url: inputs.url,
  username: inputs.username,
  password: inputs.password,
  name: "web01",
  vm: { name: "web01" },
  cluster: { name: "Default" },
  storage_domain: { name: "data1" },
};

test("the new VM's id comes from vm.id of the 201 answer", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.post(`${API}/externalvmimports`, postedBody).reply(201, {
    provider: "vmware",
    name: "web01",
    vm: { href: `${API}/vms/6f1c`, id: "6f1c" },
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await importVm(client, inputs, engine.log.logger), { id: "6f1c", name: "web01" });
  engine.assertDone();
});

test("after a lost answer the VM found by its name is the import's VM", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post(`${API}/externalvmimports`)
    .once()
    .replyWithError(socketError("ECONNRESET", "socket hang up"))
    .get(`${API}/vms`)
    .query({ search: "name=web01" })
    .reply(200, {
      vm: [
        { id: "7a2d", name: "web01" },
        { id: "99", name: "web01-old" },
      ],
    });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await importVm(client, inputs, engine.log.logger), { id: "7a2d", name: "web01" });
  engine.assertDone();
});

test("after a lost answer with no VM of that name, nothing was imported", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post(`${API}/externalvmimports`)
    .once()
    .replyWithError(socketError("ECONNRESET", "socket hang up"))
    .get(`${API}/vms`)
    .query({ search: "name=web01" })
    .reply(200, {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importVm(client, inputs, engine.log.logger));

  t.is(
    error.message,
    `Importing the VM "web01" got no answer from engine ${engine.apiUrl} (the connection was ` +
      `reset (ECONNRESET)), and no VM of that name exists there now, so nothing was imported. ` +
      `Run pulumi up again.`,
  );
  engine.assertDone();
});

test("a taken name is explained with the holder's id", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post(`${API}/externalvmimports`)
    .reply(409, {
      reason: "Operation Failed",
      detail: "[Cannot import VM. The VM name is already in use, please choose a unique name.]",
    })
    .get(`${API}/vms`)
    .query({ search: "name=web01" })
    .reply(200, { vm: [{ id: "5b3e", name: "web01" }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importVm(client, inputs, engine.log.logger));

  t.regex(error.message, /A VM named "web01" already exists on engine \S+ \(id 5b3e\)/);
  engine.assertDone();
});

test("a 201 answer without a VM id fails asking to look for the VM", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.post(`${API}/externalvmimports`).reply(201, { name: "web01" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importVm(client, inputs, engine.log.logger));

  t.regex(error.message, /sent no VM id back; look for a VM named "web01"/);
  engine.assertDone();
});
