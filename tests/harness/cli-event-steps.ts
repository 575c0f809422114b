// Turns the engine events the Automation API streams during a CLI operation into the steps and
// diagnostics our DeploymentResult reports, so that tests read the same result from either
// engine. One step per URN: from the outputs event once a step finished, or, in a preview, from
// the planning pre-event (a preview sends both). A replacement arrives as up to three steps
// (create-replacement, replace, delete-replaced) and is reported once, as "replace", because the
// CLI's own summary counts it so: resourceChanges and the "+-N replaced" line count logical steps
// only, and the two halves are not logical. The test engine reports the same shape. Errors come
// from error diagnostics and failed-operation events, matched by URN, so a failed deletion of an
// old half marks its replace step.
//
// TODO: written from the Automation API's types and from memory of the CLI's event stream; it
// has never run against a real CLI (none can be installed where it was written). Unconfirmed:
// whether a refresh reports a vanished resource as a step at all (only its summary counts it),
// and the exact colour markup left in diagnostic messages. A first run with a CLI settles both.
import type { EngineEvent, OpType, StepEventMetadata } from "@pulumi/pulumi/automation";

import type { OperationKind, Step, StepOperation } from "./deployment-result";
import type { LogEntry } from "./engine-service";
import { typeOfUrn } from "./urn";

const OPERATIONS: Partial<Record<OpType, StepOperation>> = {
  same: "same",
  create: "create",
  update: "update",
  delete: "delete",
  replace: "replace",
};

// The halves of a replacement: they belong to the URN's "replace" step and are not steps here.
const REPLACEMENT_PARTS: ReadonlySet<OpType> = new Set(["create-replacement", "delete-replaced"]);

interface UrnProgress {
  step?: Step;
  /** The operation the engine announced before running it; used when only a failure follows. */
  announced?: { operation: StepOperation; type: string };
  deletedBeforeReplace: boolean;
  failed: boolean;
  errors: string[];
}

export interface CliEventResult {
  steps: Step[];
  diagnostics: LogEntry[];
}

/** The steps and diagnostics of one operation, from its events in the order they came. */
export function stepsFromEngineEvents(
  operation: OperationKind,
  events: readonly EngineEvent[],
): CliEventResult {
  const steps: Step[] = [];
  const diagnostics: LogEntry[] = [];
  const byUrn = new Map<string, UrnProgress>();
  const progressOf = (urn: string): UrnProgress => {
    let progress = byUrn.get(urn);
    if (progress === undefined) {
      progress = { deletedBeforeReplace: false, failed: false, errors: [] };
      byUrn.set(urn, progress);
    }
    return progress;
  };
  const record = (metadata: StepEventMetadata) => {
    const progress = progressOf(metadata.urn);
    if (metadata.op === "delete-replaced" && progress.step === undefined) {
      progress.deletedBeforeReplace = true;
    }
    const stepOperation = operationOf(metadata);
    if (stepOperation === undefined || progress.step !== undefined) return;
    progress.step = { urn: metadata.urn, type: metadata.type, operation: stepOperation };
    if (stepOperation === "replace") {
      progress.step.replaces = metadata.keys ?? [];
      progress.step.deleteBeforeReplace = progress.deletedBeforeReplace;
    }
    steps.push(progress.step);
  };

  for (const event of events) {
    const pre = event.resourcePreEvent;
    if (pre !== undefined) {
      const announced = operationOf(pre.metadata);
      if (announced !== undefined) {
        progressOf(pre.metadata.urn).announced = { operation: announced, type: pre.metadata.type };
      }
      if (operation === "preview" || pre.planning === true) record(pre.metadata);
    }

    if (event.resOutputsEvent !== undefined) record(event.resOutputsEvent.metadata);

    const failure = event.resOpFailedEvent;
    if (failure !== undefined) {
      const progress = progressOf(failure.metadata.urn);
      progress.failed = true;
      progress.announced ??= {
        operation: operationOf(failure.metadata) ?? "update",
        type: failure.metadata.type,
      };
    }

    const diagnostic = event.diagnosticEvent;
    if (diagnostic !== undefined) {
      const message = plainMessage(diagnostic.message);
      const urn = diagnostic.urn ?? "";
      diagnostics.push({
        severity: diagnostic.severity === "info#err" ? "info" : diagnostic.severity,
        message,
        urn,
        ephemeral: diagnostic.ephemeral ?? false,
      });
      if (diagnostic.severity === "error" && urn !== "") progressOf(urn).errors.push(message);
    }
  }

  for (const [urn, progress] of byUrn) {
    if (!progress.failed && progress.errors.length === 0) continue;
    if (progress.step === undefined) {
      // A check failure stops a step before it runs: no outputs event, maybe no pre-event.
      const announced = progress.announced ?? { operation: "create", type: typeOfUrn(urn) };
      progress.step = { urn, type: announced.type, operation: announced.operation };
      steps.push(progress.step);
    }
    progress.step.error =
      progress.errors.length > 0
        ? progress.errors.join("\n")
        : "the engine reported this step failed without a message";
  }

  return { steps, diagnostics };
}

function operationOf(metadata: StepEventMetadata): StepOperation | undefined {
  if (metadata.op === "refresh") return (metadata.diffs ?? []).length > 0 ? "update" : "same";
  if (REPLACEMENT_PARTS.has(metadata.op)) return undefined;
  return OPERATIONS[metadata.op];
}

// The event log keeps the CLI's colour directives (<{%reset%}>, <{%fg 1%}>) and a final newline.
function plainMessage(message: string): string {
  return message.replace(/<\{%[^%]*%\}>/g, "").replace(/\n+$/, "");
}
