/**
 * ImportedImage driven directly against a simulated engine. The simulator serves the provider's
 * images and their import, but neither /storagedomains/{id}/disks nor /templates, which the
 * import reads before and after its POST; those paths are tested against a scripted engine in
 * tests/provider/import-image.test.ts.
 */
import test from "ava";

import importedImage = require("../../../provider/resource-providers/imported-image");
import { startSimulatedEngine } from "../../helpers/simulated-engine";
import type { SimulatedEngine } from "../../helpers/simulated-engine";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };

interface ImageEngine extends SimulatedEngine {
  providerId: string;
}

async function engineWithGlance(
  t: Parameters<typeof startSimulatedEngine>[0],
): Promise<ImageEngine> {
  const engine = await startSimulatedEngine(t, { reachableHosts: ["glance.example.com"] });
  const providerId = engine.simulator.inventory.addProvider({
    kind: "OPENSTACK_IMAGE",
    name: "glance",
    url: "http://glance.example.com:9292",
  });
  return { ...engine, providerId };
}

async function checked(
  engine: ImageEngine,
  args: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  await importedImage.configure?.({ config: noStackConfig });
  const result = await importedImage.check!(
    {},
    {
      providerId: engine.providerId,
      storageDomain: "data1",
      connection: engine.connection,
      ...args,
    },
  );
  if (result.failures !== undefined && result.failures.length > 0) {
    throw new Error(`check failed: ${JSON.stringify(result.failures)}`);
  }
  return result.inputs as Record<string, unknown>;
}

test("check refuses a template without a cluster", async (t) => {
  const engine = await engineWithGlance(t);

  const result = await importedImage.check!(
    {},
    {
      providerId: engine.providerId,
      imageName: "cirros-0.6.2",
      storageDomain: "data1",
      importAs: "template",
      connection: engine.connection,
    },
  );

  t.deepEqual(result.failures, [
    { property: "cluster", reason: 'is required when importAs is "template"' },
  ]);
});

test("an unknown image name fails listing what Glance serves", async (t) => {
  const engine = await engineWithGlance(t);

  const error = await t.throwsAsync(
    importedImage.create(await checked(engine, { imageName: "ubuntu" })),
  );

  t.is(
    error.message,
    `The OpenStack Image provider ${engine.providerId} serves no image named "ubuntu"; it ` +
      `serves "cirros-0.6.2", "fedora-cloud-40".`,
  );
});

test("an unknown storage domain fails naming it", async (t) => {
  const engine = await engineWithGlance(t);
  const inputs = await checked(engine, { imageName: "cirros-0.6.2", storageDomain: "nowhere" });

  const error = await t.throwsAsync(importedImage.create(inputs));

  t.regex(error.message, /holds no storage domain named "nowhere"/);
});

test("create imports nothing when the engine cannot list the domain's disks", async (t) => {
  const engine = await engineWithGlance(t);
  engine.simulator.faults.add({
    method: "GET",
    path: /^\/storagedomains\/[^/]+\/disks$/,
    failure: { kind: "status", status: 500, reason: "Operation Failed", detail: "[Internal]" },
    times: Infinity,
  });
  const inputs = await checked(engine, { imageName: "cirros-0.6.2" });

  const error = await t.throwsAsync(importedImage.create(inputs));

  t.regex(error.message, /GET \/storagedomains\/[0-9a-f-]+\/disks/);
  const imports = engine.simulator.requests
    .entries()
    .filter((entry) => entry.method === "POST" && entry.apiPath?.endsWith("/import") === true);
  t.deepEqual(imports, []);
  t.deepEqual(engine.simulator.inventory.disks(), []);
});

test("a changed template import is replaced delete-first, a changed disk import create-first", async (t) => {
  const engine = await engineWithGlance(t);
  const template = await checked(engine, {
    imageName: "cirros-0.6.2",
    importAs: "template",
    cluster: "Default",
  });
  const disk = await checked(engine, { imageName: "cirros-0.6.2" });
  const stored = (inputs: Record<string, unknown>) => ({ ...inputs, name: "cirros-0.6.2" });

  const templateDiff = await importedImage.diff!("t1", stored(template), {
    ...template,
    storageDomain: "data2",
  });
  const diskDiff = await importedImage.diff!("d1", stored(disk), {
    ...disk,
    imageName: "fedora-cloud-40",
  });
  const unchanged = await importedImage.diff!("d1", stored(disk), disk);

  t.deepEqual(templateDiff, {
    changes: true,
    replaces: ["storageDomain"],
    deleteBeforeReplace: true,
  });
  t.deepEqual(diskDiff, { changes: true, replaces: ["imageName"], deleteBeforeReplace: false });
  t.false(unchanged.changes);
});
