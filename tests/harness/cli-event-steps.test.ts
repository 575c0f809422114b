import type { EngineEvent } from "@pulumi/pulumi/automation";
import test from "ava";

import { stepsFromEngineEvents } from "./cli-event-steps";
import { summarizeSteps } from "./deployment-result";
import {
  FIRST_URN,
  previewOfDeleteFirstReplacement,
  previewOfNewStack,
  previewWithCheckFailure,
  refreshWithDrift,
  SECOND_URN,
  STACK_URN,
  upWithFailedCreate,
  upWithFailedDeleteReplaced,
  upWithReplacement,
  upWithTwoCreateFirstReplacements,
} from "./fixtures/cli-events";

const RECORD_TYPE = "pulumi-nodejs:dynamic/records:Record";

/** The resourceChanges of the summary event the CLI sends last. */
function summaryCounts(events: readonly EngineEvent[]): Record<string, number> {
  const summary = events.find((event) => event.summaryEvent !== undefined)?.summaryEvent;
  if (summary === undefined) throw new Error("the fixture has no summary event");
  return summary.resourceChanges as Record<string, number>;
}

test("a preview counts each resource once though it sends a pre-event and an outputs event", (t) => {
  const { steps, diagnostics } = stepsFromEngineEvents("preview", previewOfNewStack);

  t.deepEqual(steps, [
    { urn: STACK_URN, type: "pulumi:pulumi:Stack", operation: "create" },
    { urn: FIRST_URN, type: RECORD_TYPE, operation: "create" },
    { urn: SECOND_URN, type: RECORD_TYPE, operation: "create" },
  ]);
  t.deepEqual(summarizeSteps(steps).changes, { create: 3 });
  t.deepEqual(diagnostics, [
    { severity: "info", message: "creating records", urn: STACK_URN, ephemeral: false },
  ]);
});

test("a create-first replacement is one replace step with the keys that forced it", (t) => {
  const { steps } = stepsFromEngineEvents("up", upWithReplacement);

  t.deepEqual(steps, [
    { urn: STACK_URN, type: "pulumi:pulumi:Stack", operation: "same" },
    {
      urn: FIRST_URN,
      type: RECORD_TYPE,
      operation: "replace",
      replaces: ["shelf"],
      deleteBeforeReplace: false,
    },
    { urn: SECOND_URN, type: RECORD_TYPE, operation: "update" },
  ]);
  t.deepEqual(summarizeSteps(steps).changes, { same: 1, replace: 1, update: 1 });
});

test("create-first replacements report no delete steps and count as the CLI summary does", (t) => {
  const { steps } = stepsFromEngineEvents("up", upWithTwoCreateFirstReplacements);

  t.deepEqual(
    steps.map((step) => [step.urn, step.operation]),
    [
      [STACK_URN, "same"],
      [FIRST_URN, "replace"],
      [SECOND_URN, "replace"],
    ],
  );
  t.deepEqual(summarizeSteps(steps).changes, { same: 1, replace: 2 });
  t.deepEqual(summarizeSteps(steps).changes, summaryCounts(upWithTwoCreateFirstReplacements));
});

test("a failed deletion of the old half marks the replace step with its error", (t) => {
  const { steps } = stepsFromEngineEvents("up", upWithFailedDeleteReplaced);

  t.deepEqual(steps, [
    { urn: STACK_URN, type: "pulumi:pulumi:Stack", operation: "same" },
    {
      urn: FIRST_URN,
      type: RECORD_TYPE,
      operation: "replace",
      replaces: ["shelf"],
      deleteBeforeReplace: false,
      error: "deleting failed: record rec-1 is locked",
    },
  ]);
});

test("a replacement whose old half goes first is marked delete-before-replace", (t) => {
  const { steps } = stepsFromEngineEvents("preview", previewOfDeleteFirstReplacement);

  t.deepEqual(steps[1], {
    urn: FIRST_URN,
    type: RECORD_TYPE,
    operation: "replace",
    replaces: ["shelf"],
    deleteBeforeReplace: true,
  });
  t.is(steps.length, 2);
});

test("a check failure becomes the failed step of its URN with the message the user sees", (t) => {
  const { steps, diagnostics } = stepsFromEngineEvents("preview", previewWithCheckFailure);

  t.deepEqual(steps, [
    { urn: STACK_URN, type: "pulumi:pulumi:Stack", operation: "create", error: "preview failed" },
    {
      urn: FIRST_URN,
      type: RECORD_TYPE,
      operation: "create",
      error:
        `${RECORD_TYPE} resource 'first': property title value {} has a problem: ` +
        "must be a non-empty string",
    },
  ]);
  t.deepEqual(
    diagnostics.map((entry) => entry.severity),
    ["error", "error"],
  );
});

test("a failed create carries the error diagnostics of its URN, not its warnings", (t) => {
  const { steps, diagnostics } = stepsFromEngineEvents("up", upWithFailedCreate);

  t.deepEqual(steps[1], {
    urn: FIRST_URN,
    type: RECORD_TYPE,
    operation: "create",
    error: "creating failed: record rec-1 was stored but its follow-up step failed",
  });
  t.is(steps.length, 2);
  t.deepEqual(
    diagnostics.map((entry) => [entry.severity, entry.message]),
    [
      ["warning", "the shelf is nearly full"],
      ["error", "creating failed: record rec-1 was stored but its follow-up step failed"],
    ],
  );
});

test("a refresh reports drift as an update and the rest as same", (t) => {
  const { steps } = stepsFromEngineEvents("refresh", refreshWithDrift);

  t.deepEqual(
    steps.map((step) => [step.urn, step.operation]),
    [
      [FIRST_URN, "update"],
      [SECOND_URN, "same"],
    ],
  );
});
