import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "./deployment-result";
import type { ProgramStack } from "./program-stack";
import { openProgramStack } from "./program-stack";
import { isSecret, secret, UNKNOWN_VALUE } from "./property-values";
import { releaseSharedProgramFolders, sharedProgramFolder } from "./shared-program-folder";
import { makeUrn } from "./urn";

const FIXTURE_PACKAGE = path.join(__dirname, "fixtures/record-provider");
const PROGRAM = path.join(__dirname, "fixtures/record-program");
const PROGRAM_V2 = path.join(__dirname, "fixtures/record-program-v2");
const RECORD_TYPE = "pulumi-nodejs:dynamic/records:Record";
const STACK_URN = makeUrn({
  stack: "test",
  project: "records-demo",
  type: "pulumi:pulumi:Stack",
  name: "records-demo-test",
});
const FIRST = recordUrn("first");
const SECOND = recordUrn("second");
const PASSWORD = "pw-never-in-plain-text";

test.after.always(() => releaseSharedProgramFolders());

function recordUrn(name: string): string {
  return makeUrn({ stack: "test", project: "records-demo", type: RECORD_TYPE, name });
}

interface RecordStack {
  stack: ProgramStack;
  stateFile: string;
  configure(extra?: Record<string, string>): Promise<void>;
}

// Each test gets its own program copy, state and records file; the install is shared.
async function openRecordStack(t: ExecutionContext, extra: Record<string, string> = {}) {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const stateFile = path.join(folder.root, `records-${t.title.replace(/\W+/g, "-")}.json`);
  const configFor = (more: Record<string, string>) => ({
    values: { "records:stateFile": stateFile, "records-demo:password": PASSWORD, ...more },
    secretKeys: ["records-demo:password"],
  });
  const stack = await openProgramStack({
    folder,
    program: PROGRAM,
    config: configFor(extra),
    engine: "test-engine",
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());
  const recordStack: RecordStack = {
    stack,
    stateFile,
    configure: (more = {}) => stack.setConfig(configFor(more)),
  };
  return recordStack;
}

async function storedRecords(stateFile: string): Promise<Record<string, { title: string }>> {
  return JSON.parse(await fs.readFile(stateFile, "utf8")).records;
}

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(result.ok, result.plan);
}

test("a program goes through preview, up, a quiet preview, refresh and destroy", async (t) => {
  const { stack, stateFile } = await openRecordStack(t);

  const preview = await stack.preview();
  assertOk(t, preview);
  t.deepEqual(preview.stepsByUrn, { [STACK_URN]: "create", [FIRST]: "create", [SECOND]: "create" });
  t.is(preview.outputs.firstLabel, UNKNOWN_VALUE);
  t.deepEqual(await stack.exportState(), [], "a preview stores nothing");

  const up = await stack.up();
  assertOk(t, up);
  t.deepEqual(up.changes, { create: 3 });
  t.is(up.outputs.firstLabel, "main/first");
  t.true(isSecret(up.outputs.secondToken));
  t.deepEqual(
    Object.values(await storedRecords(stateFile))
      .map((record) => record.title)
      .sort(),
    ["after-main/first", "first"],
  );
  const second = (await stack.exportState()).find((resource) => resource.urn === SECOND);
  t.deepEqual(second?.inputs.password, secret(PASSWORD), "a secret input stays secret");
  t.deepEqual(second?.outputs.password, secret(PASSWORD), "so does the output of its name");
  t.true(isSecret(second?.outputs.token), "additionalSecretOutputs are honoured");
  t.false(isSecret(second?.outputs.label));
  const stateText = await fs.readFile(
    path.join(stack.programDirectory, ".harness-state.json"),
    "utf8",
  );
  t.false(stateText.includes(PASSWORD), "the state file holds no secret in plain text");

  const again = await stack.preview();
  assertOk(t, again);
  t.deepEqual(again.changes, { same: 3 });

  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual(refresh.changes, { same: 2 });

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  const order = destroy.steps.map((step) => step.urn);
  t.true(order.indexOf(SECOND) < order.indexOf(FIRST), "the dependent record goes first");
  t.true(order.indexOf(FIRST) < order.indexOf(STACK_URN), "children go before their parent");
  t.deepEqual(await storedRecords(stateFile), {});
  t.deepEqual(await stack.exportState(), []);
});

test("a moved record is replaced delete-first and its dependent updated", async (t) => {
  const recordStack = await openRecordStack(t);
  const { stack, stateFile } = recordStack;
  assertOk(t, await stack.up());
  const idsBefore = Object.keys(await storedRecords(stateFile));

  await recordStack.configure({ "records-demo:shelf": "archive" });
  const preview = await stack.preview();
  const up = await stack.up();

  assertOk(t, preview);
  assertOk(t, up);
  t.deepEqual(preview.stepsByUrn, { [STACK_URN]: "same", [FIRST]: "replace", [SECOND]: "update" });
  t.deepEqual(up.stepsByUrn, preview.stepsByUrn);
  t.like(
    up.steps.find((step) => step.urn === FIRST),
    { replaces: ["shelf"], deleteBeforeReplace: true },
  );
  t.is(up.outputs.firstLabel, "archive/first");
  const records = await storedRecords(stateFile);
  t.false(
    idsBefore.every((id) => id in records),
    "the old first record is gone",
  );
  t.deepEqual(
    Object.values(records)
      .map((record) => record.title)
      .sort(),
    ["after-archive/first", "first"],
  );
});

test("an edited program updates what changed and deletes what it dropped", async (t) => {
  const { stack, stateFile } = await openRecordStack(t);
  assertOk(t, await stack.up());

  await stack.setProgram(PROGRAM_V2);
  const up = await stack.up();

  assertOk(t, up);
  t.deepEqual(up.stepsByUrn, { [STACK_URN]: "same", [FIRST]: "update", [SECOND]: "delete" });
  t.deepEqual(Object.values(await storedRecords(stateFile)), [
    { title: "first", shelf: "main", size: 3 },
  ]);
});

test("a check failure names the resource and property and stops the deployment", async (t) => {
  const { stack } = await openRecordStack(t, { "records-demo:firstTitle": "" });

  const up = await stack.up();

  t.false(up.ok);
  const errors = up.diagnostics.filter(
    (entry) => entry.severity === "error" && entry.urn === FIRST,
  );
  t.deepEqual(
    errors.map((entry) => entry.message),
    [
      `${RECORD_TYPE} resource 'first': property title value {} has a problem: ` +
        "must be a non-empty string",
    ],
  );
  t.false(SECOND in up.stepsByUrn, "nothing after the failure ran");
  t.true(up.plan.includes("FAILED"));
});

test("a create that fails half-way keeps its id and the next up finishes it", async (t) => {
  const recordStack = await openRecordStack(t, { "records-demo:failFirst": "true" });
  const { stack, stateFile } = recordStack;

  const failed = await stack.up();
  const kept = (await stack.exportState()).find((resource) => resource.urn === FIRST);
  await recordStack.configure();
  const retried = await stack.up();

  t.false(failed.ok);
  t.regex(kept?.id ?? "", /^rec-\d+$/);
  t.deepEqual(kept?.initErrors, ["follow-up step failed"]);
  assertOk(t, retried);
  t.is(retried.stepsByUrn[FIRST], "update");
  const afterRetry = (await stack.exportState()).find((resource) => resource.urn === FIRST);
  t.is(afterRetry?.id, kept?.id);
  t.is(afterRetry?.initErrors, undefined);
  t.is(Object.keys(await storedRecords(stateFile)).length, 2, "no second first record");
});

test("refresh finds drift and a record deleted out of band", async (t) => {
  const { stack, stateFile } = await openRecordStack(t);
  assertOk(t, await stack.up());
  const state = JSON.parse(await fs.readFile(stateFile, "utf8"));
  const firstId = (await stack.exportState()).find((resource) => resource.urn === FIRST)?.id ?? "";
  const secondId =
    (await stack.exportState()).find((resource) => resource.urn === SECOND)?.id ?? "";
  state.records[firstId].size = 7;
  delete state.records[secondId];
  await fs.writeFile(stateFile, JSON.stringify(state));

  const refresh = await stack.refresh();

  assertOk(t, refresh);
  t.deepEqual(refresh.stepsByUrn, { [FIRST]: "update", [SECOND]: "delete" });
  const stored = await stack.exportState();
  t.deepEqual(
    stored.map((resource) => resource.urn),
    [STACK_URN, FIRST],
  );
  t.is(stored[1].outputs.size, 7);
  t.is(stored[1].inputs.size, 7, "refresh keeps the inputs Read returned");
});

test("Pulumi.yaml's project config reaches program and plugin under the stack config", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const source = await fs.mkdtemp(path.join(os.tmpdir(), "harness-project-config-program-"));
  t.teardown(() => fs.rm(source, { recursive: true, force: true }));
  await fs.cp(PROGRAM, source, { recursive: true });
  const stateFile = path.join(folder.root, "records-project-config.json");
  await fs.writeFile(
    path.join(source, "Pulumi.yaml"),
    [
      "name: records-demo",
      "runtime:",
      "  name: nodejs",
      "  options:",
      "    typescript: true",
      "config:",
      "  records:stateFile:",
      `    value: ${JSON.stringify(stateFile)}`,
      "  firstTitle: from-project",
      "  shelf: project-shelf",
      "",
    ].join("\n"),
  );
  const stack = await openProgramStack({
    folder,
    program: source,
    config: {
      values: { "records-demo:shelf": "stack-shelf", "records-demo:password": PASSWORD },
      secretKeys: ["records-demo:password"],
    },
    engine: "test-engine",
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());

  const up = await stack.up();

  assertOk(t, up);
  t.is(up.outputs.firstLabel, "stack-shelf/from-project", "the stack's shelf, the project's title");
  t.deepEqual(
    Object.values(await storedRecords(stateFile)).map((record) => record.title),
    ["from-project", "after-stack-shelf/from-project"],
    "the plugin found its records file through project config",
  );
});
