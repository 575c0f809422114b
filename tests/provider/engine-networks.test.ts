/**
 * Reading and removing an imported network against a scripted engine, which can answer in ways
 * the simulator does not (loose search matches, other refusals). The plain path and the refusal
 * for a network VMs use run against the simulator in plugin-imports.test.ts.
 */
import test from "ava";

import { createEngineClient } from "../../provider/engine/engine-client";
import { findNetwork, findNetworksAt, removeNetwork } from "../../provider/engine-networks";
import { fakeEngine } from "../helpers/fake-engine";

const API = "/ovirt-engine/api";

test("removeNetwork sends one DELETE and takes a network already gone as removed", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .delete(`${API}/networks/n1`)
    .reply(200, { status: "complete" })
    .delete(`${API}/networks/n1`)
    .reply(404, "");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await removeNetwork(client, "n1", "tenant-net");
  await removeNetwork(client, "n1", "tenant-net");

  engine.assertDone();
});

test("removeNetwork explains a network in use with the engine's words", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.delete(`${API}/networks/n1`).reply(409, {
    reason: "Operation Failed",
    detail: "[Cannot remove Logical Network. The Logical Network is used by VMs: web01.]",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(removeNetwork(client, "n1", "tenant-net"));

  t.is(
    error.message,
    `The engine ${engine.apiUrl} refuses to remove the imported network "tenant-net" (id n1) ` +
      `while it is in use: Cannot remove Logical Network. The Logical Network is used by VMs: ` +
      `web01. Remove it from the VMs, templates and host network attachments that use it, then ` +
      `destroy again.`,
  );
  engine.assertDone();
});

test("findNetwork returns undefined for a network removed outside Pulumi", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get(`${API}/networks/n1`).reply(404, "");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.is(await findNetwork(client, "n1"), undefined);
  engine.assertDone();
});

test("findNetworksAt keeps only the name in that data center from that provider", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  const network = (id: string, dataCenter: string, provider?: string) => ({
    id,
    name: "tenant-net",
    data_center: { id: dataCenter },
    ...(provider === undefined ? {} : { external_provider: { id: provider } }),
  });
  engine.scope
    .get(`${API}/networks`)
    .query({ search: "name=tenant-net" })
    .reply(200, {
      network: [network("a", "dc1", "p1"), network("b", "dc2", "p1"), network("c", "dc1")],
    });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const found = await findNetworksAt(client, {
    name: "tenant-net",
    dataCenterId: "dc1",
    providerId: "p1",
  });

  t.deepEqual(
    found.map((item) => item.id),
    ["a"],
  );
  engine.assertDone();
});
