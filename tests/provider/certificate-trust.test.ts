import test from "ava";

import foremanProvider = require("../../provider/resource-providers/foreman-provider");
import { listPresentedCertificates, normaliseFingerprint } from "../../provider/certificate-trust";
import { getEngineClient } from "../../provider/engine/engine-client";
import { startSimulatedEngine } from "../helpers/simulated-engine";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };

async function checkedForeman(connection: object, name: string, extra: object = {}) {
  await foremanProvider.configure?.({ config: noStackConfig });
  const checked = await foremanProvider.check!(
    {},
    {
      name,
      url: "https://foreman.example.com",
      authentication: { username: "admin", password: "foreman-secret" },
      connection,
      ...extra,
    },
  );
  assertNoFailures(checked.failures);
  return checked.inputs;
}

async function createForeman(connection: object, name: string, extra: object = {}) {
  return foremanProvider.create(await checkedForeman(connection, name, extra));
}

function assertNoFailures(failures: unknown[] | undefined): void {
  if (failures !== undefined && failures.length > 0) {
    throw new Error(`unexpected check failures: ${JSON.stringify(failures)}`);
  }
}

test("a pinned fingerprint imports the matching certificate", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, {
    reachableHosts: ["foreman.example.com"],
  });
  const plain = await createForeman(connection, "probe");
  const presented = await listPresentedCertificates(
    getEngineClient(connection),
    `/externalhostproviders/${plain.id}`,
  );
  const server = presented[0];
  if (server === undefined) throw new Error("the simulator presented no certificate");

  await createForeman(connection, "pinned", { trustedCertificate: { sha256: server.sha256 } });

  t.true(simulator.inventory.trustedCertificates().includes(server.content));
});

test("a fingerprint that matches nothing fails, lists what was found and keeps the id", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, {
    reachableHosts: ["foreman.example.com"],
  });
  const wrong = "ab".repeat(32);

  const error = await t.throwsAsync(
    createForeman(connection, "mismatch", { trustedCertificate: { sha256: wrong } }),
  );

  t.is(error?.name, "ProviderInitError");
  t.regex(error?.message ?? "", new RegExp(`no certificate with SHA-256 fingerprint ${wrong}`));
  t.regex(error?.message ?? "", /the provider presents [0-9a-f]{64} \(/);
  t.is((error as unknown as { id?: string }).id, simulator.inventory.provider("mismatch")?.id);
  t.deepEqual(simulator.inventory.trustedCertificates(), []);
});

test("trustPresentedCertificate imports the top of the presented chain", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, {
    reachableHosts: ["foreman.example.com"],
  });

  const created = await createForeman(connection, "trusting", { trustPresentedCertificate: true });
  const presented = await listPresentedCertificates(
    getEngineClient(connection),
    `/externalhostproviders/${created.id}`,
  );

  t.deepEqual(simulator.inventory.trustedCertificates(), [presented[presented.length - 1].content]);
});

test("fingerprints compare without colons and case", (t) => {
  t.is(normaliseFingerprint("AB:cd:EF"), "abcdef");
});

const IMPORT_PATH = /\/externalhostproviders\/[^/]+\/importcertificates$/;
const importRefusal = {
  kind: "status",
  status: 400,
  reason: "Operation Failed",
  detail: "[Failed to import the certificate.]",
} as const;

test("a create whose certificate import failed imports it on the retrying update", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, {
    reachableHosts: ["foreman.example.com"],
  });
  simulator.faults.failNext("POST", IMPORT_PATH, importRefusal);

  const error = (await t.throwsAsync(
    createForeman(connection, "retried", { trustPresentedCertificate: true }),
  )) as unknown as { name: string; id: string; properties: Record<string, unknown> };
  t.is(error.name, "ProviderInitError");
  t.deepEqual(simulator.inventory.trustedCertificates(), []);
  t.false("trustPresentedCertificate" in error.properties);

  const retried = await checkedForeman(connection, "retried", { trustPresentedCertificate: true });
  await foremanProvider.update!(error.id, error.properties, retried);
  const presented = await listPresentedCertificates(
    getEngineClient(connection),
    `/externalhostproviders/${error.id}`,
  );

  t.deepEqual(simulator.inventory.trustedCertificates(), [presented[presented.length - 1].content]);
});

test("an update whose certificate import failed imports it on the next update", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, {
    reachableHosts: ["foreman.example.com"],
  });
  const created = await createForeman(connection, "later");
  const trusting = await checkedForeman(connection, "later", { trustPresentedCertificate: true });
  simulator.faults.failNext("POST", IMPORT_PATH, importRefusal);

  const error = (await t.throwsAsync(
    foremanProvider.update!(created.id, created.outs, trusting),
  )) as unknown as { name: string; properties: Record<string, unknown> };
  t.is(error.name, "ProviderInitError");
  t.deepEqual(simulator.inventory.trustedCertificates(), []);

  await foremanProvider.update!(created.id, error.properties, trusting);

  t.is(simulator.inventory.trustedCertificates().length, 1);
});
