import test from "ava";

import { startSimulatedEngine } from "../helpers/simulated-engine";
import type { ProviderSample } from "./provider-samples";
import { providerSamples } from "./provider-samples";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };

async function checkedInputs(
  sample: ProviderSample,
  connection: object,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  await sample.provider.configure?.({ config: noStackConfig });
  const result = await sample.provider.check!({}, { ...sample.arguments, connection, ...extra });
  if (result.failures !== undefined && result.failures.length > 0) {
    throw new Error(`check failed: ${JSON.stringify(result.failures)}`);
  }
  return result.inputs as Record<string, unknown>;
}

for (const sample of providerSamples) {
  const versions = { engineVersion: sample.engineVersion };
  const collectionPath = `/${sample.collection}`;

  test(`${sample.typeName}: create makes one POST and a second diff proposes nothing`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);

    const created = await sample.provider.create(inputs);
    const diff = await sample.provider.diff!(created.id, created.outs, inputs);

    t.is(simulator.requests.count("POST", collectionPath), 1);
    t.is(created.outs.providerId, created.id);
    t.is(simulator.inventory.provider(created.id)?.name, sample.arguments.name as string);
    t.false(diff.changes);
  });

  test(`${sample.typeName}: refresh of an unchanged provider returns the stored inputs`, async (t) => {
    const { connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const created = await sample.provider.create(inputs);

    const read = await sample.provider.read!(created.id, created.outs);

    t.is(read.id, created.id);
    t.deepEqual(read.inputs, inputs);
    t.deepEqual(read.props, created.outs);
  });

  test(`${sample.typeName}: every in-place edit is one PUT of the changed fields`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const created = await sample.provider.create(inputs);
    let outs = created.outs;

    for (const edit of sample.edits) {
      const news = await checkedInputs(sample, connection, edit.change);
      const diff = await sample.provider.diff!(created.id, outs, news);
      t.true(diff.changes, `diff of ${JSON.stringify(edit.change)}`);
      t.deepEqual(diff.replaces, []);

      const before = simulator.requests.count("PUT");
      outs = (await sample.provider.update!(created.id, outs, news)).outs;
      const stored = simulator.inventory.provider(created.id) as unknown as Record<string, unknown>;

      t.is(simulator.requests.count("PUT") - before, 1);
      t.deepEqual(stored[edit.engineField], edit.engineValue);
      t.false((await sample.provider.diff!(created.id, outs, news)).changes);
    }
  });

  test(`${sample.typeName}: an update with no change sends nothing`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const created = await sample.provider.create(inputs);
    const before = simulator.requests.entries().length;

    await sample.provider.update!(created.id, created.outs, inputs);

    t.is(simulator.requests.entries().length, before);
  });

  test(`${sample.typeName}: refresh shows a description changed outside Pulumi`, async (t) => {
    const { connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const created = await sample.provider.create(inputs);
    const other = await checkedInputs(sample, connection, { description: "edited by hand" });
    await sample.provider.update!(created.id, created.outs, other);

    const read = await sample.provider.read!(created.id, created.outs);

    t.is((read.inputs as Record<string, unknown>).description, "edited by hand");
    t.true((await sample.provider.diff!(created.id, read.props, inputs)).changes);
  });

  test(`${sample.typeName}: a provider deleted outside Pulumi reads as gone`, async (t) => {
    const { connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const created = await sample.provider.create(inputs);
    await sample.provider.delete!(created.id, created.outs);

    const read = await sample.provider.read!(created.id, created.outs);

    t.is(read.id, "");
  });

  test(`${sample.typeName}: delete removes the provider and a second delete succeeds`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const created = await sample.provider.create(inputs);

    await sample.provider.delete!(created.id, created.outs);
    await sample.provider.delete!(created.id, created.outs);

    t.is(simulator.inventory.provider(created.id), undefined);
  });

  test(`${sample.typeName}: a taken name fails with the holder's id and how to adopt it`, async (t) => {
    const { connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    const first = await sample.provider.create(inputs);

    const error = await t.throwsAsync(sample.provider.create(inputs));

    t.true(error?.message.includes(first.id));
    t.true(error?.message.includes("adoptExisting: true"));
  });

  test(`${sample.typeName}: adoptExisting takes over the same-named provider`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const original = await checkedInputs(sample, connection);
    const first = await sample.provider.create(original);
    const adopting = await checkedInputs(sample, connection, {
      adoptExisting: true,
      description: "adopted",
    });

    const adopted = await sample.provider.create(adopting);

    t.is(adopted.id, first.id);
    t.is(simulator.inventory.provider(first.id)?.description, "adopted");
    t.is(simulator.requests.count("POST", collectionPath), 1);
  });

  test(`${sample.typeName}: adoption clears what the declaration leaves out and a second diff is quiet`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    // Foreman has no custom properties; the engine ignores them there.
    const byHand = {
      description: "set by hand",
      ...(sample.typeName === "ForemanProvider" ? {} : { properties: { zone: "east" } }),
    };
    const first = await sample.provider.create(await checkedInputs(sample, connection, byHand));
    const adopting = await checkedInputs(sample, connection, { adoptExisting: true });

    const adopted = await sample.provider.create(adopting);
    const stored = simulator.inventory.provider(first.id);
    const read = await sample.provider.read!(adopted.id, adopted.outs);

    t.is(adopted.id, first.id);
    t.is(stored?.description, "");
    t.deepEqual(stored?.properties ?? [], []);
    t.false((await sample.provider.diff!(adopted.id, adopted.outs, adopting)).changes);
    t.false((await sample.provider.diff!(adopted.id, read.props, adopting)).changes);
    t.deepEqual(read.inputs, adopting);
  });

  test(`${sample.typeName}: a POST whose answer is lost is found by name, not sent again`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    simulator.faults.failNext("POST", collectionPath, { kind: "drop-after-processing" });

    const created = await sample.provider.create(inputs);

    t.is(simulator.requests.count("POST", collectionPath), 1);
    t.is(simulator.inventory.provider(sample.arguments.name as string)?.id, created.id);
  });

  test(`${sample.typeName}: a POST dropped before the engine saw it fails without a second POST`, async (t) => {
    const { simulator, connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection);
    simulator.faults.failNext("POST", collectionPath, { kind: "drop" });

    const error = await t.throwsAsync(sample.provider.create(inputs));

    t.regex(error?.message ?? "", /nothing was created/);
    t.is(simulator.requests.count("POST", collectionPath), 1);
    t.is(simulator.inventory.provider(sample.arguments.name as string), undefined);
  });

  test(`${sample.typeName}: a failed connectivity test keeps the new id`, async (t) => {
    const { connection } = await startSimulatedEngine(t, versions);
    const inputs = await checkedInputs(sample, connection, { testConnectivity: true });

    const error = await t.throwsAsync(sample.provider.create(inputs));
    const carried = error as unknown as { id?: string; properties?: { providerId?: string } };

    t.is(error?.name, "ProviderInitError");
    t.truthy(carried.id);
    t.is(carried.properties?.providerId, carried.id);
    t.regex(error?.message ?? "", /connectivity test/);
  });
}
