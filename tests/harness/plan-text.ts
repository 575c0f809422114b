// The short plan printed after each operation: one line per change, a count per kind, errors.
import type { LogEntry } from "./engine-service";
import type { OperationKind, Step, StepOperation } from "./deployment-result";
import { nameOfUrn } from "./urn";

const SYMBOLS: Record<StepOperation, string> = {
  create: "+",
  update: "~",
  replace: "+-",
  delete: "-",
  same: " ",
};

const ORDER: StepOperation[] = ["create", "update", "replace", "delete", "same"];

export function formatPlan(
  operation: OperationKind,
  steps: readonly Step[],
  changes: Partial<Record<StepOperation, number>>,
  diagnostics: readonly LogEntry[],
): string {
  const lines = [`${operation}:`];
  for (const step of steps) {
    if (step.operation === "same" && step.error === undefined) continue;
    const detail = step.deleteBeforeReplace ? " (delete before replace)" : "";
    const failed = step.error === undefined ? "" : " FAILED";
    lines.push(
      `  ${SYMBOLS[step.operation].padEnd(2)} ${step.operation.padEnd(7)} ${step.type} ${nameOfUrn(step.urn)}${detail}${failed}`,
    );
  }
  const counts = ORDER.filter((kind) => changes[kind]).map((kind) => `${changes[kind]} ${kind}`);
  lines.push(`Resources: ${counts.length > 0 ? counts.join(", ") : "none"}`);
  for (const entry of diagnostics) {
    if (entry.severity === "error")
      lines.push(`error: ${entry.urn ? `${entry.urn}: ` : ""}${entry.message}`);
  }
  return lines.join("\n") + "\n";
}
