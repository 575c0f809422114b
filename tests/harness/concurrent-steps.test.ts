import path from "node:path";

import test from "ava";

import { openProgramStack } from "./program-stack";
import { releaseSharedProgramFolders, sharedProgramFolder } from "./shared-program-folder";

const FIXTURE_PACKAGE = path.join(__dirname, "fixtures/record-provider");
const PROGRAM = path.join(__dirname, "fixtures/record-program");
const INDEPENDENT_PROGRAM = path.join(__dirname, "fixtures/record-program-independent");

test.after.always(() => releaseSharedProgramFolders());

test("independent creates run at the same time on the test engine", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const stack = await openProgramStack({
    folder,
    program: PROGRAM,
    config: { values: { "records:stateFile": path.join(folder.root, "records-independent.json") } },
    engine: "test-engine",
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());
  await stack.setProgram(INDEPENDENT_PROGRAM);

  const up = await stack.up();

  t.true(up.ok, up.plan + JSON.stringify(up.diagnostics));
  t.deepEqual(up.changes, { create: 4 });
  t.deepEqual(up.outputs.labels, ["main/north", "main/south", "main/east"]);
});

test("with parallel 1 the same creates cannot meet, so they run one at a time", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const stack = await openProgramStack({
    folder,
    program: PROGRAM,
    config: {
      values: {
        "records:stateFile": path.join(folder.root, "records-serial.json"),
        "records-demo:meetWithinMs": "2000",
      },
    },
    engine: "test-engine",
    parallel: 1,
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());
  await stack.setProgram(INDEPENDENT_PROGRAM);

  const up = await stack.up();

  t.false(up.ok);
  // The first create fails alone; which record goes first is the engine's choice.
  t.deepEqual(
    up.steps.flatMap((step) => (step.error === undefined ? [] : [step.error])),
    ["Create failed: only 1 of 3 creates ran at once"],
    JSON.stringify(up.steps),
  );
});
