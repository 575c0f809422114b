import test from "ava";

import openStackVolumeProvider = require("../../../provider/resource-providers/openstack-volume-provider");
import { startSimulatedEngine } from "../../helpers/simulated-engine";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };
const firstKey = {
  uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10",
  value: "AQAB5mJlAAAAABAAz4yqvX5aGJsLa0QpwA+1tA==",
};
const secondKey = {
  uuid: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  value: "AQBnL/FlAAAAABAAk6k8lbZpJcq8d4nvaHbrsg==",
};

/** The simulator runs a 4.5.7 engine, as its product_info says. */
const cinderRemovedIn45 =
  "OpenStack Volume (Cinder) providers cannot be managed on engine 4.5.7-1.el9: oVirt 4.5 " +
  "removed the Cinder integration (replaced by Managed Block Storage) and its REST API answers " +
  "every Cinder call with an error. Remove this resource, or target an engine of version 4.4 " +
  "or older.";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/**
 * An engine error message: `text` exactly, then the correlation id the client made up for the
 * call. The simulator's injected faults do not log that id, so only its shape can be checked.
 */
function withCorrelationId(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped} \\(correlation id ${UUID}\\)$`);
}

async function checkedCinder(connection: object, extra: object = {}) {
  await openStackVolumeProvider.configure?.({ config: noStackConfig });
  const checked = await openStackVolumeProvider.check!(
    {},
    {
      name: "cinder1",
      url: "https://cinder.example.com:8776",
      dataCenter: "Default",
      connection,
      ...extra,
    },
  );
  if (checked.failures !== undefined && checked.failures.length > 0) {
    throw new Error(`unexpected check failures: ${JSON.stringify(checked.failures)}`);
  }
  return checked.inputs as Record<string, unknown>;
}

test("Cinder on a 4.5 engine fails before any write, naming the version", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.5" });

  const error = await t.throwsAsync(
    openStackVolumeProvider.create(await checkedCinder(connection)),
  );

  t.is(error?.message, cinderRemovedIn45);
  t.is(simulator.requests.count("POST", "/ovirt-engine/api/openstackvolumeproviders"), 0);
});

test("declared Ceph keys are added after the provider", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });

  const created = await openStackVolumeProvider.create(
    await checkedCinder(connection, { authenticationKeys: [firstKey] }),
  );

  const keys = simulator.inventory
    .authenticationKeys()
    .filter((key) => key.providerId === created.id);
  t.deepEqual(
    keys.map((key) => [key.uuid, key.value, key.usageType]),
    [[firstKey.uuid, firstKey.value, "ceph"]],
  );
});

test("keys are managed as a set: added, removed, and a changed value resent", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const created = await openStackVolumeProvider.create(
    await checkedCinder(connection, { authenticationKeys: [firstKey] }),
  );
  const rotated = { ...secondKey, value: "AQCZ4fFlAAAAABAAsbLdCsPQnhF3sEKWn1p7JQ==" };

  const step1 = await checkedCinder(connection, { authenticationKeys: [secondKey] });
  const outs1 = (await openStackVolumeProvider.update!(created.id, created.outs, step1)).outs;
  const step2 = await checkedCinder(connection, { authenticationKeys: [rotated] });
  await openStackVolumeProvider.update!(created.id, outs1, step2);

  const keys = simulator.inventory
    .authenticationKeys()
    .filter((key) => key.providerId === created.id);
  t.deepEqual(
    keys.map((key) => [key.uuid, key.value]),
    [[rotated.uuid, rotated.value]],
  );
});

test("an unchanged key set sends no key request on update", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const inputs = await checkedCinder(connection, { authenticationKeys: [firstKey] });
  const created = await openStackVolumeProvider.create(inputs);
  const described = { ...inputs, description: "volumes" };
  const before = simulator.requests.entries().length;

  await openStackVolumeProvider.update!(created.id, created.outs, described);

  t.is(simulator.requests.entries().length - before, 1);
});

test("removal without forceRemove explains the active storage domain", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const created = await openStackVolumeProvider.create(await checkedCinder(connection));

  const error = await t.throwsAsync(openStackVolumeProvider.delete!(created.id, created.outs));

  t.is(
    error?.message,
    `The engine ${simulator.apiUrl} refuses to remove the OpenStack Volume provider "cinder1" ` +
      `(id ${created.id}) while it is in use: Cannot remove provider. The storage domain of ` +
      "this provider is Active; detach it first. The engine removes a Cinder provider only " +
      "while its storage domain is in maintenance or detached and holds no disks. Move the " +
      "disks away and detach the domain, or set forceRemove: true to skip these checks as the " +
      "Administration Portal's Force Remove does.",
  );
  t.truthy(simulator.inventory.provider(created.id));
});

test("forceRemove removes the provider with the engine's force flag", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const created = await openStackVolumeProvider.create(
    await checkedCinder(connection, { forceRemove: true }),
  );

  await openStackVolumeProvider.delete!(created.id, created.outs);

  t.is(simulator.inventory.provider(created.id), undefined);
  t.true(
    simulator.requests
      .entries()
      .some((entry) => entry.method === "DELETE" && entry.query.force === "true"),
  );
});

const KEYS_PATH = /\/openstackvolumeproviders\/[^/]+\/authenticationkeys$/;
const keyRefusal = {
  kind: "status",
  status: 400,
  reason: "Operation Failed",
  detail: "[Cannot add the authentication key.]",
} as const;

function keysOn(simulator: { inventory: { authenticationKeys(): StoredKey[] } }, id: string) {
  return simulator.inventory
    .authenticationKeys()
    .filter((key) => key.providerId === id)
    .map((key) => [key.uuid, key.value])
    .sort();
}

interface StoredKey {
  providerId: string;
  uuid: string;
  value: string;
}

interface InitFailure {
  name: string;
  message: string;
  id: string;
  properties: Record<string, unknown>;
}

test("a create whose Ceph key POST failed stores no keys, and the retry adds them", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const inputs = await checkedCinder(connection, { authenticationKeys: [firstKey, secondKey] });
  simulator.faults.failNext("POST", KEYS_PATH, keyRefusal);

  const error = (await t.throwsAsync(
    openStackVolumeProvider.create(inputs),
  )) as unknown as InitFailure;

  t.is(error.name, "ProviderInitError");
  const keysPath = `/openstackvolumeproviders/${error.id}/authenticationkeys`;
  t.regex(
    error.message,
    withCorrelationId(
      `The OpenStack Volume provider "cinder1" was created (id ${error.id}) but a later step ` +
        `failed: authenticationKeys: POST ${keysPath} on engine ${simulator.apiUrl} failed ` +
        "with HTTP 400: Operation Failed: Cannot add the authentication key.",
    ),
  );
  t.false("authenticationKeys" in error.properties);
  t.true((await openStackVolumeProvider.diff!(error.id, error.properties, inputs)).changes);

  await openStackVolumeProvider.update!(error.id, error.properties, inputs);

  t.deepEqual(keysOn(simulator, error.id), [
    [firstKey.uuid, firstKey.value],
    [secondKey.uuid, secondKey.value],
  ]);
});

test("an update whose Ceph key POST failed is redone by the next update", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const created = await openStackVolumeProvider.create(
    await checkedCinder(connection, { authenticationKeys: [firstKey] }),
  );
  const grown = await checkedCinder(connection, { authenticationKeys: [firstKey, secondKey] });
  simulator.faults.failNext("POST", KEYS_PATH, keyRefusal);

  const error = (await t.throwsAsync(
    openStackVolumeProvider.update!(created.id, created.outs, grown),
  )) as unknown as InitFailure;
  t.is(error.name, "ProviderInitError");
  // Only a key changed, so no PUT went out: the message does not claim an update.
  t.regex(
    error.message,
    withCorrelationId(
      `The OpenStack Volume provider "cinder1" was left as it was (id ${created.id}) but a ` +
        `later step failed: authenticationKeys: POST /openstackvolumeproviders/${created.id}/` +
        `authenticationkeys on engine ${simulator.apiUrl} failed with HTTP 400: Operation ` +
        "Failed: Cannot add the authentication key.",
    ),
  );
  t.deepEqual(keysOn(simulator, created.id), [[firstKey.uuid, firstKey.value]]);

  await openStackVolumeProvider.update!(created.id, error.properties, grown);

  t.deepEqual(keysOn(simulator, created.id), [
    [firstKey.uuid, firstKey.value],
    [secondKey.uuid, secondKey.value],
  ]);
});

test("the same keys in another order are no change and send nothing", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const created = await openStackVolumeProvider.create(
    await checkedCinder(connection, { authenticationKeys: [firstKey, secondKey] }),
  );
  const reordered = await checkedCinder(connection, {
    authenticationKeys: [secondKey, { ...firstKey, uuid: firstKey.uuid.toUpperCase() }],
  });
  const before = simulator.requests.entries().length;

  const diff = await openStackVolumeProvider.diff!(created.id, created.outs, reordered);
  await openStackVolumeProvider.update!(created.id, created.outs, reordered);

  t.false(diff.changes);
  t.is(simulator.requests.entries().length, before);
});

test("refresh and destroy of a Cinder provider on an engine upgraded to 4.5 say why", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.5" });
  const id = simulator.inventory.addProvider({ kind: "OPENSTACK_VOLUME", name: "cinder1" });
  const stored = {
    ...(await checkedCinder(connection)),
    providerId: id,
    requiresAuthentication: false,
  };
  const explained =
    `${cinderRemovedIn45} To drop it from the stack without the engine, run ` +
    "`pulumi state delete` with its URN.";

  const readError = await t.throwsAsync(openStackVolumeProvider.read!(id, stored));
  const deleteError = await t.throwsAsync(openStackVolumeProvider.delete!(id, stored));

  t.is(readError?.message, explained);
  t.is(deleteError?.message, explained);
});

test("a failed refresh on a 4.4 engine keeps the engine's own error", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.4" });
  const created = await openStackVolumeProvider.create(await checkedCinder(connection));
  simulator.faults.failNext("GET", `/openstackvolumeproviders/${created.id}`, {
    kind: "status",
    status: 500,
    reason: "Operation Failed",
    detail: "[Internal Engine Error]",
  });

  const error = await t.throwsAsync(openStackVolumeProvider.read!(created.id, created.outs));

  const path = `/openstackvolumeproviders/${created.id}`;
  t.regex(
    error?.message ?? "",
    withCorrelationId(
      `GET ${path} on engine ${simulator.apiUrl} failed with HTTP 500: Operation Failed: ` +
        "Internal Engine Error",
    ),
  );
});
