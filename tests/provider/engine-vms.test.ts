/**
 * Reading and removing an imported VM, against a scripted engine that gives the answers the
 * simulator never does (loose search matches, refusals of a running VM). The plain path runs
 * against the simulator in plugin-imports.test.ts.
 */
import test from "ava";

import { createEngineClient } from "../../provider/engine/engine-client";
import { findVm, findVmsNamed, removeVm } from "../../provider/engine-vms";
import { fakeEngine } from "../helpers/fake-engine";

const API = "/ovirt-engine/api";

test("findVm returns the VM the engine holds", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get(`${API}/vms/6f1c`).reply(200, { id: "6f1c", name: "web01" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.like(await findVm(client, "6f1c"), { id: "6f1c", name: "web01" });
  engine.assertDone();
});

test("findVm returns undefined for a VM removed outside Pulumi", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get(`${API}/vms/6f1c`).reply(404, "");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.is(await findVm(client, "6f1c"), undefined);
  engine.assertDone();
});

test("findVmsNamed keeps only exact name matches", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get(`${API}/vms`)
    .query({ search: "name=web01" })
    .reply(200, {
      vm: [
        { id: "1", name: "web01" },
        { id: "2", name: "WEB01" },
      ],
    });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(
    (await findVmsNamed(client, "web01")).map((vm) => vm.id),
    ["1"],
  );
  engine.assertDone();
});

test("removeVm sends one DELETE and takes a VM already gone as removed", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .delete(`${API}/vms/6f1c`)
    .reply(200, { status: "complete" })
    .delete(`${API}/vms/6f1c`)
    .reply(404, "");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await removeVm(client, "6f1c", "web01");
  await removeVm(client, "6f1c", "web01");

  engine.assertDone();
});

test("removeVm passes on the engine's refusal with what to do", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.delete(`${API}/vms/6f1c`).reply(409, {
    reason: "Operation Failed",
    detail: "[Cannot remove VM. VM is running.]",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(removeVm(client, "6f1c", "web01"));

  t.is(
    error.message,
    `The engine ${engine.apiUrl} refuses to remove the imported VM "web01" (id 6f1c): Cannot ` +
      `remove VM. VM is running. Stop the VM, or wait until its import has finished, then ` +
      `destroy again; or set removeOnDestroy: false to leave the VM on the engine.`,
  );
  engine.assertDone();
});
