/**
 * ImportedNetwork driven directly against a simulated engine. The simulator serves the
 * provider's networks, their import and GET /networks, but no DELETE /networks/{id}; removal is
 * tested against a scripted engine in tests/provider/engine-networks.test.ts.
 */
import test from "ava";

import importedNetwork = require("../../../provider/resource-providers/imported-network");
import { startSimulatedEngine } from "../../helpers/simulated-engine";
import type { SimulatedEngine } from "../../helpers/simulated-engine";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };
const OVN_URL = "http://ovn.example.com:9696";
const NET_1 = { id: "4a6c3b1e-7b52-4e0d-9a43-1c2f0f6f0a01", name: "provider-net-1" };

interface NetworkEngine extends SimulatedEngine {
  providerId: string;
}

async function engineWithOvn(
  t: Parameters<typeof startSimulatedEngine>[0],
): Promise<NetworkEngine> {
  const engine = await startSimulatedEngine(t, { reachableHosts: ["ovn.example.com"] });
  const providerId = engine.simulator.inventory.addProvider({
    kind: "EXTERNAL_NETWORK",
    name: "ovn",
    url: OVN_URL,
  });
  return { ...engine, providerId };
}

async function checked(
  engine: NetworkEngine,
  args: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  await importedNetwork.configure?.({ config: noStackConfig });
  const result = await importedNetwork.check!(
    {},
    {
      providerId: engine.providerId,
      dataCenter: "Default",
      connection: engine.connection,
      ...args,
    },
  );
  if (result.failures !== undefined && result.failures.length > 0) {
    throw new Error(`check failed: ${JSON.stringify(result.failures)}`);
  }
  return result.inputs as Record<string, unknown>;
}

test("create imports the network by name into the data center, id = logical network id", async (t) => {
  const engine = await engineWithOvn(t);
  const { simulator } = engine;

  const created = await importedNetwork.create(await checked(engine, { networkName: NET_1.name }));

  const network = simulator.inventory.networks().find((item) => item.id === created.id);
  const dataCenter = simulator.inventory.dataCenters().find((item) => item.name === "Default");
  t.is(
    simulator.requests.count(
      "POST",
      `/openstacknetworkproviders/${engine.providerId}/networks/${NET_1.id}/import`,
    ),
    1,
  );
  t.like(network, {
    name: NET_1.name,
    dataCenterId: dataCenter?.id,
    externalProviderId: engine.providerId,
    externalId: NET_1.id,
  });
  t.like(created.outs, {
    networkId: created.id,
    name: NET_1.name,
    externalNetworkId: NET_1.id,
    dataCenterId: dataCenter?.id,
  });
});

test("create picks the network by its provider-side id", async (t) => {
  const engine = await engineWithOvn(t);

  const created = await importedNetwork.create(
    await checked(engine, { providerNetworkId: "4a6c3b1e-7b52-4e0d-9a43-1c2f0f6f0a02" }),
  );

  t.is(created.outs.name, "provider-net-2");
});

test("an unknown network name fails listing what the provider serves", async (t) => {
  const engine = await engineWithOvn(t);

  const error = await t.throwsAsync(
    importedNetwork.create(await checked(engine, { networkName: "missing" })),
  );

  t.is(
    error.message,
    `The network provider ${engine.providerId} serves no network named "missing"; it serves ` +
      `"provider-net-1", "provider-net-2".`,
  );
});

test("an unknown provider id fails naming it", async (t) => {
  const engine = await engineWithOvn(t);
  const inputs = await checked(engine, {
    networkName: NET_1.name,
    providerId: "0b0b0b0b-0000-4000-8000-000000000000",
  });

  const error = await t.throwsAsync(importedNetwork.create(inputs));

  t.regex(error.message, /holds no network provider with id 0b0b0b0b-0000-4000-8000-000000000000/);
});

test("an unknown data center fails naming it", async (t) => {
  const engine = await engineWithOvn(t);
  const inputs = await checked(engine, { networkName: NET_1.name, dataCenter: "Nowhere" });

  const error = await t.throwsAsync(importedNetwork.create(inputs));

  t.regex(error.message, /holds no data center named "Nowhere"; give its name exactly, or its id/);
});

test("a network of that name from another provider fails naming the network that holds it", async (t) => {
  const engine = await engineWithOvn(t);
  const otherProvider = engine.simulator.inventory.addProvider({
    kind: "EXTERNAL_NETWORK",
    name: "ovn-2",
    url: "http://ovn.example.com:9697",
  });
  const first = await importedNetwork.create(await checked(engine, { networkName: NET_1.name }));

  const error = await t.throwsAsync(
    importedNetwork.create(
      await checked(engine, { networkName: NET_1.name, providerId: otherProvider }),
    ),
  );

  t.regex(
    error.message,
    new RegExp(`already holds a network named "provider-net-1" \\(id ${first.id}\\)`),
  );
  t.regex(error.message, /is already used by an existing logical network/);
});

test("after a failed lookup the next create finds the imported network instead of failing", async (t) => {
  const engine = await engineWithOvn(t);
  const inputs = await checked(engine, { networkName: NET_1.name });
  engine.simulator.faults.add({
    method: "GET",
    path: "/networks",
    failure: { kind: "status", status: 500, reason: "Operation Failed", detail: "[Internal]" },
    times: Infinity,
  });

  const error = await t.throwsAsync(importedNetwork.create(inputs));
  engine.simulator.faults.clear();
  const retried = await importedNetwork.create(inputs);

  t.regex(error.message, /The network may exist there: the next pulumi up finds it/);
  const imported = engine.simulator.inventory.networks().filter((n) => n.name === NET_1.name);
  t.deepEqual(
    imported.map((network) => network.id),
    [retried.id],
  );
  t.like(retried.outs, { networkId: retried.id, name: NET_1.name, externalNetworkId: NET_1.id });
});

test("a lost import answer is followed by a lookup, never a second POST", async (t) => {
  const engine = await engineWithOvn(t);
  const importPath = `/openstacknetworkproviders/${engine.providerId}/networks/${NET_1.id}/import`;
  engine.simulator.faults.failNext("POST", importPath, { kind: "drop-after-processing" });

  const created = await importedNetwork.create(await checked(engine, { networkName: NET_1.name }));

  t.is(engine.simulator.requests.count("POST", importPath), 1);
  t.true(engine.simulator.inventory.networks().some((item) => item.id === created.id));
});

test("refresh of an unchanged import returns the stored state", async (t) => {
  const engine = await engineWithOvn(t);
  const inputs = await checked(engine, { networkName: NET_1.name });
  const created = await importedNetwork.create(inputs);

  const read = await importedNetwork.read!(created.id, created.outs);

  t.deepEqual(read, { id: created.id, props: created.outs, inputs });
});

test("a move to another data center replaces the import without removing the old one first", async (t) => {
  const engine = await engineWithOvn(t);
  engine.simulator.inventory.addDataCenter("Other");
  const created = await importedNetwork.create(await checked(engine, { networkName: NET_1.name }));

  const diff = await importedNetwork.diff!(
    created.id,
    created.outs,
    await checked(engine, { networkName: NET_1.name, dataCenter: "Other" }),
  );
  const same = await importedNetwork.diff!(
    created.id,
    created.outs,
    await checked(engine, { networkName: NET_1.name }),
  );

  t.deepEqual(diff, { changes: true, replaces: ["dataCenter"], deleteBeforeReplace: false });
  t.false(same.changes);
});

test("the same network from another provider in the same data center removes the old one first", async (t) => {
  const engine = await engineWithOvn(t);
  const otherProvider = engine.simulator.inventory.addProvider({
    kind: "EXTERNAL_NETWORK",
    name: "ovn-2",
    url: "http://ovn.example.com:9697",
  });
  const created = await importedNetwork.create(await checked(engine, { networkName: NET_1.name }));

  const diff = await importedNetwork.diff!(
    created.id,
    created.outs,
    await checked(engine, { networkName: NET_1.name, providerId: otherProvider }),
  );
  const renamed = await importedNetwork.diff!(
    created.id,
    created.outs,
    await checked(engine, { networkName: "provider-net-2" }),
  );

  t.deepEqual(diff, { changes: true, replaces: ["providerId"], deleteBeforeReplace: true });
  t.deepEqual(renamed, { changes: true, replaces: ["networkName"], deleteBeforeReplace: false });
});
