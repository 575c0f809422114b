import { promises as fs } from "node:fs";
import path from "node:path";

import test from "ava";

import { toCheckpointValue } from "./checkpoint-values";
import type { PropertyMap } from "./property-values";
import { isSecret, secret, UNKNOWN_VALUE } from "./property-values";
import { isProviderCallError } from "./provider-call-error";
import type { ProviderPlugin } from "./provider-plugin";
import { startProviderPlugin } from "./provider-plugin";
import { serializeProvider } from "./provider-serialization";
import { releaseSharedProgramFolders, sharedProgramFolder } from "./shared-program-folder";
import { makeUrn } from "./urn";

const FIXTURE_PACKAGE = path.join(__dirname, "fixtures/record-provider");
const PROVIDER_MODULE = "harness-record-provider/provider";
const RECORD_TYPE = "pulumi-nodejs:dynamic/records:Record";

interface RecordHarness {
  plugin: ProviderPlugin;
  providerText: string;
  stateFile: string;
}

// One install, one serialization and one plugin process serve every test in this file; each
// test works on records of its own, so sharing them is safe.
let shared: Promise<RecordHarness> | undefined;

function recordHarness(): Promise<RecordHarness> {
  shared ??= (async () => {
    const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
    const stateFile = path.join(folder.root, "records.json");
    const serialized = await serializeProvider(folder.root, PROVIDER_MODULE);
    const plugin = await startProviderPlugin({
      folder: folder.root,
      config: { values: { "records:stateFile": stateFile } },
    });
    return { plugin, providerText: serialized.text, stateFile };
  })();
  return shared;
}

test.after.always(async () => {
  const harness = await shared?.catch(() => undefined);
  await harness?.plugin.stop();
  await releaseSharedProgramFolders();
});

function recordUrn(name: string): string {
  return makeUrn({ stack: "test", project: "harness", type: RECORD_TYPE, name });
}

async function readStoredRecords(stateFile: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(stateFile, "utf8")).records;
}

test("the serialized provider is a short require of the provider module", async (t) => {
  const { providerText } = await recordHarness();

  t.true(providerText.includes(`require("${PROVIDER_MODULE}")`));
  t.true(Buffer.byteLength(providerText) < 1024);
});

test("a record goes through check, create, diff, update, read and delete", async (t) => {
  const { plugin, providerText, stateFile } = await recordHarness();
  const client = plugin.client;
  const resource = { urn: recordUrn("lifecycle") };

  const checked = await client.check(resource, {}, { title: "first", __provider: providerText });
  t.deepEqual(checked.failures, []);
  t.deepEqual(checked.inputs, { title: "first", shelf: "main", size: 1, __provider: providerText });

  const created = await client.create(resource, checked.inputs);
  t.regex(created.id, /^rec-\d+$/);
  t.is(created.outputs.label, "main/first");
  t.like(await readStoredRecords(stateFile), { [created.id]: { title: "first", shelf: "main" } });

  const news = { ...checked.inputs, size: 2 };
  const withId = { ...resource, id: created.id };
  t.deepEqual(await client.diff(withId, created.outputs, checked.inputs), {
    changes: "none",
    replaces: [],
    deleteBeforeReplace: false,
  });
  t.deepEqual(await client.diff(withId, created.outputs, news), {
    changes: "some",
    replaces: [],
    deleteBeforeReplace: false,
  });

  const updated = await client.update(withId, created.outputs, news);
  t.is(updated.outputs.size, 2);

  const read = await client.read(withId, updated.outputs, news);
  t.is(read.id, created.id);
  t.deepEqual(read.outputs, updated.outputs);
  t.deepEqual(read.inputs, { title: "first", shelf: "main", size: 2, __provider: providerText });

  await client.delete(withId, updated.outputs, news);
  t.false(created.id in (await readStoredRecords(stateFile)));
  const gone = await client.read(withId, updated.outputs, news);
  t.is(gone.id, "");
});

test("a replacement that keeps the title asks to delete first", async (t) => {
  const { plugin, providerText } = await recordHarness();
  const olds = { title: "kept", shelf: "main", size: 1, __provider: providerText };

  const diff = await plugin.client.diff({ urn: recordUrn("moved"), id: "rec-0" }, olds, {
    ...olds,
    shelf: "archive",
  });

  t.deepEqual(diff, { changes: "some", replaces: ["shelf"], deleteBeforeReplace: true });
});

test("a secret input stays secret in the stored outputs", async (t) => {
  const { plugin, providerText } = await recordHarness();
  const resource = { urn: recordUrn("guarded") };
  const news: PropertyMap = {
    title: "guarded",
    password: secret("s3cr3t-pw"),
    __provider: providerText,
  };

  const checked = await plugin.client.check(resource, {}, news);
  const created = await plugin.client.create(resource, checked.inputs);

  t.deepEqual(checked.inputs.password, secret("s3cr3t-pw"));
  t.deepEqual(created.outputs.password, secret("s3cr3t-pw"));
  t.false(
    isSecret(created.outputs.token),
    "an output with no secret input of its name stays plain",
  );
  t.false(JSON.stringify(toCheckpointValue(created.outputs)).includes("s3cr3t-pw"));
});

test("additionalSecretOutputs makes an output secret that no input marked", async (t) => {
  const { plugin, providerText } = await recordHarness();
  const resource = { urn: recordUrn("tokened") };
  const inputs = { title: "tokened", shelf: "main", size: 1, __provider: providerText };

  const created = await plugin.client.create(resource, inputs, {
    additionalSecretOutputs: ["token"],
  });

  t.true(isSecret(created.outputs.token));
  t.false(isSecret(created.outputs.title));
});

test("a failed create keeps the new id in the error details", async (t) => {
  const { plugin, providerText, stateFile } = await recordHarness();
  const inputs = {
    title: "half",
    shelf: "main",
    size: 1,
    failAfterCreate: true,
    __provider: providerText,
  };

  const error = await t.throwsAsync(plugin.client.create({ urn: recordUrn("half") }, inputs));

  t.true(isProviderCallError(error));
  if (!isProviderCallError(error)) return;
  t.is(error.method, "Create");
  t.regex(error.details, /^record rec-\d+ was stored but its follow-up step failed$/);
  const id = error.initFailure?.id ?? "";
  t.regex(id, /^rec-\d+$/);
  t.deepEqual(error.initFailure?.reasons, ["follow-up step failed"]);
  t.is(error.initFailure?.properties.label, "main/half");
  t.true(id in (await readStoredRecords(stateFile)));
});

test("check reports failures per property and lets the preview sentinel through", async (t) => {
  const { plugin, providerText } = await recordHarness();
  const resource = { urn: recordUrn("checked") };

  const bad = await plugin.client.check(
    resource,
    {},
    { title: "", size: 1.5, __provider: providerText },
  );
  const unknown = await plugin.client.check(
    resource,
    {},
    { title: UNKNOWN_VALUE, __provider: providerText },
  );

  t.deepEqual(bad.failures, [
    { property: "title", reason: "must be a non-empty string" },
    { property: "size", reason: "must be a whole number" },
  ]);
  t.deepEqual(unknown.failures, []);
  t.is(unknown.inputs.title, UNKNOWN_VALUE);
});

test("CheckConfig is unimplemented by the plugin and tolerated like the engine does", async (t) => {
  const { plugin } = await recordHarness();
  const news = { "records:stateFile": "elsewhere.json" };

  const checked = await plugin.client.checkConfig({ urn: recordUrn("config") }, {}, news);

  t.deepEqual(checked, { inputs: news, failures: [] });
});

test("stopping the plugin ends its process", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const plugin = await startProviderPlugin({ folder: folder.root });
  t.teardown(() => plugin.stop());

  await plugin.stop();

  t.throws(() => process.kill(plugin.pid, 0), { code: "ESRCH" });
});

test("a package reached through a symlink is serialized by value, not required", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const link = path.join(folder.root, "node_modules", "linked-record-provider");
  await fs.symlink(FIXTURE_PACKAGE, link, "dir");
  t.teardown(() => fs.rm(link, { force: true }));

  const linked = await serializeProvider(folder.root, "linked-record-provider/provider");
  const installed = await serializeProvider(folder.root, PROVIDER_MODULE);

  t.false(linked.text.includes("linked-record-provider"));
  t.true(linked.text.includes("/*loadRecords*/"), "the provider's code is copied into state");
  // Copied by value, every function gets its own binding of the module's variables, so the
  // file name configure() sets is never seen by create().
  t.true(linked.text.split("with({ stateFile: undefined").length - 1 > 1);
  t.true(linked.size > 2 * installed.size);
});

test("an output left undefined fails create after the record was stored", async (t) => {
  const { plugin, providerText, stateFile } = await recordHarness();
  const inputs = {
    title: "orphan",
    shelf: "main",
    size: 1,
    leaveUndefinedOutput: true,
    __provider: providerText,
  };

  const error = await t.throwsAsync(plugin.client.create({ urn: recordUrn("orphan") }, inputs));

  // The plugin turns outs into a protobuf Struct, which refuses undefined
  // (google-protobuf struct_pb.js:884-885): the error carries no id, so the record leaks.
  t.true(isProviderCallError(error));
  t.is(isProviderCallError(error) ? error.details : "", "Unexpected struct type.");
  t.is(isProviderCallError(error) ? error.initFailure : "not a call error", undefined);
  const titles = Object.values(await readStoredRecords(stateFile)).map(
    (record) => (record as { title: string }).title,
  );
  t.true(titles.includes("orphan"));
});
