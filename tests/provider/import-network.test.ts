/**
 * Network imports against a scripted engine, which can answer in ways the simulator does not
 * (a lookup that fails after the import, a look-alike network). The plain import runs against
 * the simulator in tests/provider/resource-providers/imported-network.test.ts.
 */
import test from "ava";

import type { ImportedNetworkInputs } from "../../provider/codecs/imported-network";
import { createEngineClient } from "../../provider/engine/engine-client";
import { importNetwork, replacementMayCollide } from "../../provider/import-network";
import type { FakeEngine } from "../helpers/fake-engine";
import { fakeEngine } from "../helpers/fake-engine";

const API = "/ovirt-engine/api";
const PROVIDER = "6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";
const OTHER_PROVIDER = "0c0c0c0c-0000-4000-8000-000000000000";
const NETWORK = { id: "4a6c3b1e-7b52-4e0d-9a43-1c2f0f6f0a01", name: "tenant-net" };
const IMPORT_PATH = `${API}/openstacknetworkproviders/${PROVIDER}/networks/${NETWORK.id}/import`;
const NAME_TAKEN = {
  reason: "Operation Failed",
  detail: "[Cannot add Network. The name of the logical network 'tenant-net' is already used.]",
};

const inputs: ImportedNetworkInputs = {
  providerId: PROVIDER,
  networkName: NETWORK.name,
  dataCenter: "Default",
};

/** The engine's answers up to the import: the provider's networks and the data center. */
function servesNetworkAndDataCenter(engine: FakeEngine): void {
  engine.acceptLogin();
  engine.scope
    .get(`${API}/openstacknetworkproviders/${PROVIDER}/networks`)
    .reply(200, { openstack_network: [NETWORK] })
    .get(`${API}/datacenters`)
    .query({ search: "name=Default" })
    .reply(200, { data_center: [{ id: "dc1", name: "Default" }] });
}

function logicalNetwork(id: string, providerId: string): Record<string, unknown> {
  return {
    id,
    name: NETWORK.name,
    data_center: { id: "dc1" },
    external_provider: { id: providerId },
  };
}

test("a failed lookup after the import says the network may exist and what the next run does", async (t) => {
  const engine = fakeEngine(t);
  servesNetworkAndDataCenter(engine);
  let lookupCorrelationId: unknown;
  engine.scope
    .post(IMPORT_PATH, { data_center: { id: "dc1" } })
    .reply(200, { status: "complete" })
    .get(`${API}/networks`)
    .query({ search: `name=${NETWORK.name}` })
    .reply(function () {
      lookupCorrelationId = this.req.headers["correlation-id"];
      return [400, { reason: "Operation Failed", detail: "[Search failed.]" }];
    });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importNetwork(client, inputs, engine.log.logger));

  t.is(
    error.message,
    `After importing the network "tenant-net" into data center dc1 on engine ${engine.apiUrl}, ` +
      `looking for the new logical network failed (GET /networks on engine ${engine.apiUrl} ` +
      "failed with HTTP 400: Operation Failed: Search failed. (correlation id " +
      `${String(lookupCorrelationId)})). The network may exist there: the next pulumi up finds ` +
      "it (same name, provider and data center) and takes it as this import's; to start over " +
      "instead, remove it from the data center.",
  );
  engine.assertDone();
});

test("a 409 with this provider's network already in the data center takes it over, warning", async (t) => {
  const engine = fakeEngine(t);
  servesNetworkAndDataCenter(engine);
  engine.scope
    .post(IMPORT_PATH)
    .reply(409, NAME_TAKEN)
    .get(`${API}/networks`)
    .query({ search: `name=${NETWORK.name}` })
    .reply(200, { network: [logicalNetwork("n1", PROVIDER)] });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const outcome = await importNetwork(client, inputs, engine.log.logger);

  t.deepEqual(outcome, {
    id: "n1",
    name: NETWORK.name,
    externalNetworkId: NETWORK.id,
    dataCenterId: "dc1",
  });
  t.true(
    engine.log.lines.includes(
      `warn: data center dc1 already holds the network "tenant-net" from provider ${PROVIDER} ` +
        "(id n1), as an earlier import whose lookup failed leaves it; this import takes it over. " +
        "If another ImportedNetwork manages it, remove one of the two.",
    ),
  );
  engine.assertDone();
});

test("a 409 with another provider's network of that name fails naming it", async (t) => {
  const engine = fakeEngine(t);
  servesNetworkAndDataCenter(engine);
  engine.scope
    .post(IMPORT_PATH)
    .reply(409, NAME_TAKEN)
    .get(`${API}/networks`)
    .query({ search: `name=${NETWORK.name}` })
    .times(2)
    .reply(200, { network: [logicalNetwork("n9", OTHER_PROVIDER)] });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importNetwork(client, inputs, engine.log.logger));

  t.is(
    error.message,
    'The data center dc1 already holds a network named "tenant-net" (id n9), so it cannot be ' +
      "imported again. Remove that network, or import into another data center. The engine " +
      "said: Cannot add Network. The name of the logical network 'tenant-net' is already used.",
  );
  engine.assertDone();
});

const stored = { name: "tenant-net", dataCenter: "Default", dataCenterId: "dc1" };
const noEngine = () => {
  throw new Error("no engine call expected");
};

test("a replacement into another data center by name does not remove the old network first", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get(`${API}/datacenters`)
    .query({ search: "name=Other" })
    .reply(200, { data_center: [{ id: "dc2", name: "Other" }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.false(
    await replacementMayCollide(() => client, stored, { ...stored, dataCenter: "Other" }, stored),
  );
  engine.assertDone();
});

test("the same data center by another spelling, or an unknown one, removes the old network first", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get(`${API}/datacenters`)
    .query({ search: "name=Renamed" })
    .reply(200, { data_center: [{ id: "dc1", name: "Renamed" }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);
  const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  t.true(await replacementMayCollide(() => client, stored, { dataCenter: "Renamed" }, stored));
  t.true(await replacementMayCollide(noEngine, stored, { dataCenter: unknown }, stored));
  t.true(await replacementMayCollide(noEngine, stored, { providerId: OTHER_PROVIDER }, stored));
  engine.assertDone();
});

test("a network of another name or a data center id of another one never collides", async (t) => {
  const otherId = "7d7d7d7d-0000-4000-8000-000000000000";

  t.false(await replacementMayCollide(noEngine, stored, { networkName: "other-net" }, stored));
  t.false(await replacementMayCollide(noEngine, stored, { dataCenter: otherId }, stored));
});
