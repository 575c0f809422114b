/**
 * The benchmark's results, its targets, and the Markdown report printed and pasted into the
 * README. A target that is missed is shown with its gap, never left out.
 */
import os from "node:os";

import type { ApplyResult } from "./apply-many";
import { benchSamples } from "./bench-samples";
import type { RequestRow } from "./request-counts";
import { loginSearchWriteLogoutRequests, minimumRequests, operations } from "./request-counts";

export interface BenchResults {
  requestsPerOperation: Record<string, RequestRow>;
  loginsPerEngine: number;
  /** Checks in the Pulumi engine's order; the target applies to this one. */
  apply200: ApplyResult;
  /** Every Check at once: the plugin's worst case, reported beside it. */
  apply200Burst: ApplyResult;
  /** Largest `__provider` of any type, in bytes; per type beside it. */
  providerBytes: number;
  providerBytesPerType: Record<string, number>;
  /** Slowest type's cold load, in milliseconds; per type beside it. */
  coldLoadMs: number;
  coldLoadMsPerType: Record<string, number>;
  /** Slowest type's Check plus Diff, in microseconds; per type beside it. */
  checkDiffMicros: number;
  checkDiffMicrosPerType: Record<string, number>;
  runs: number;
}

export const targets = {
  loginsPerEngine: 1,
  apply200Ratio: 1.3,
  providerBytes: 1024,
  coldLoadMs: 150,
  checkDiffMicros: 50,
} as const;

/** "met", or how far off the target a value is. */
function verdict(value: number, target: number, unit: string, digits = 0): string {
  if (value <= target) return "met";
  return `missed by ${(value - target).toFixed(digits)} ${unit}`.trimEnd();
}

function requestsTable(results: BenchResults): string[] {
  const header = `| Type | ${operations.join(" | ")} |`;
  const rule = `|---|${operations.map(() => "---:").join("|")}|`;
  const rows = Object.entries(results.requestsPerOperation).map(
    ([type, row]) =>
      `| ${type} | ${operations.map((operation) => row[operation] ?? "n/a").join(" | ")} |`,
  );
  const minimum = `| *minimum* | ${operations.map((operation) => minimumRequests[operation]).join(" | ")} |`;
  const tool = `| *login-search-write-logout tool* | ${operations.map(() => loginSearchWriteLogoutRequests).join(" | ")} |`;
  return [header, rule, ...rows, minimum, tool];
}

function requestGaps(results: BenchResults): string[] {
  const gaps: string[] = [];
  for (const [type, row] of Object.entries(results.requestsPerOperation)) {
    for (const operation of operations) {
      const count = row[operation];
      if (count !== null && count > minimumRequests[operation]) {
        gaps.push(`${type} ${operation}: ${count} requests, minimum ${minimumRequests[operation]}`);
      }
    }
  }
  return gaps;
}

export function formatReport(results: BenchResults): string {
  const apply = results.apply200;
  const burst = results.apply200Burst;
  const gaps = requestGaps(results);
  const lines = [
    `Medians of ${results.runs} runs; Node ${process.version}, ${os.cpus().length} CPUs, simulated engine over HTTPS on loopback.`,
    "",
    "Engine requests per operation, through Pulumi's dynamic-provider plugin (the one login and one version read per plugin process are counted apart):",
    "",
    ...requestsTable(results),
    "",
    gaps.length === 0
      ? "Every operation is at the minimum."
      : `Above the minimum: ${gaps.join("; ")}.`,
    ...benchSamples.flatMap((sample) => (sample.note === undefined ? [] : [`${sample.note}.`])),
    "n/a: the engine cannot change the object in place, so every change is a new import.",
    "",
    "| Measure | Value | Target | Result |",
    "|---|---:|---:|---|",
    `| Logins per plugin process per engine | ${results.loginsPerEngine} | ${targets.loginsPerEngine} | ${verdict(results.loginsPerEngine, targets.loginsPerEngine, "")} |`,
    `| Apply ${apply.resources} providers (${apply.latencyMs} ms latency, engine bound ${apply.engineBound}): wall | ${apply.wallMs.toFixed(0)} ms | | |`,
    `| ... ideal (${apply.requests} requests / ${apply.engineBound} x ${apply.latencyMs} ms) | ${apply.idealMs.toFixed(0)} ms | | |`,
    `| ... ratio | ${apply.ratio.toFixed(2)} | ${targets.apply200Ratio} | ${verdict(apply.ratio, targets.apply200Ratio, "", 2)} |`,
    `| ... ratio with every Check sent at once | ${burst.ratio.toFixed(2)} | | |`,
    `| \`__provider\` bytes per resource (largest type) | ${results.providerBytes} | ${targets.providerBytes} | ${verdict(results.providerBytes, targets.providerBytes, "bytes")} |`,
    `| Cold load of a provider module (slowest type) | ${results.coldLoadMs.toFixed(0)} ms | ${targets.coldLoadMs} ms | ${verdict(results.coldLoadMs, targets.coldLoadMs, "ms")} |`,
    `| Check + Diff per resource (slowest type) | ${results.checkDiffMicros.toFixed(1)} us | ${targets.checkDiffMicros} us | ${verdict(results.checkDiffMicros, targets.checkDiffMicros, "us", 1)} |`,
    "",
    `Apply driver: ${apply.driver}; ${apply.failedRequests} failed or refused engine requests over all runs.`,
    `The same apply with no added latency takes ${apply.zeroLatencyWallMs.toFixed(0)} ms: the cost of the path besides the engine's latency (Pulumi's plugin calls, our code, the simulator, all on this machine's CPUs), which the ideal does not count.`,
    `Burst driver: ${burst.driver}: ${burst.wallMs.toFixed(0)} ms (${burst.zeroLatencyWallMs.toFixed(0)} ms with no added latency); ${burst.failedRequests} failed or refused engine requests.`,
    `Cold load per type (ms): ${formatPerType(results.coldLoadMsPerType, 0)}.`,
    `Check + Diff per type (us): ${formatPerType(results.checkDiffMicrosPerType, 1)}.`,
    `\`__provider\` bytes per type: ${formatPerType(results.providerBytesPerType, 0)}.`,
  ];
  return lines.join("\n");
}

function formatPerType(values: Record<string, number>, digits: number): string {
  return Object.entries(values)
    .map(([type, value]) => `${type} ${value.toFixed(digits)}`)
    .join(", ");
}
