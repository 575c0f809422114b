/**
 * Applying many new providers at once against a slow, bounded engine, and comparing the wall time
 * with the least the engine allows: its requests, 8 at a time, each taking the added latency.
 *
 * Two orders of plugin calls are measured. "engine" is the order of the Pulumi engine: its
 * deployment executor takes one registration at a time and its step generator calls Check inline
 * (pkg/resource/deploy/deployment_executor.go and step_generator.go), so Checks reach the plugin
 * one after another, while each Create runs in the step executor as soon as its Check has
 * answered (with a --parallel at least as large as the resource count). "burst" sends every
 * Check at once and each Create after its Check: no engine does that, but it is the worst case
 * for the plugin's queue, kept so that a regression in our check shows.
 */
import { performance } from "node:perf_hooks";

import { startSimulator } from "../simulator";
import { benchSamples } from "./bench-samples";
import type { PluginSession } from "./plugin-session";
import { PluginResources } from "./plugin-session";
import { median, repeat } from "./statistics";

/** How Check calls reach the plugin; see the header. */
export type CheckOrder = "engine" | "burst";

export interface ApplyOptions {
  resources: number;
  checkOrder: CheckOrder;
  latencyMs: number;
  /** Requests the engine serves at once; beyond it answers 503. */
  engineBound: number;
}

export interface ApplyResult extends ApplyOptions {
  wallMs: number;
  idealMs: number;
  ratio: number;
  /** Engine requests per run, the login included. */
  requests: number;
  /** Requests the engine refused or that failed, over all runs; a correct client has none. */
  failedRequests: number;
  /**
   * The same apply with no added latency: what the path costs besides waiting for the engine
   * (Pulumi's gRPC calls and serialization, our code, the simulator), which the ideal leaves out.
   */
  zeroLatencyWallMs: number;
  driver: string;
}

// The four types that a 4.5 engine serves without extra inventory, in turn.
const applied = benchSamples.filter((sample) =>
  [
    "ForemanProvider",
    "OpenStackImageProvider",
    "OpenStackNetworkProvider",
    "ExternalNetworkProvider",
  ].includes(sample.typeName),
);

async function applyOnce(session: PluginSession, options: ApplyOptions) {
  const engine = await startSimulator({
    latencyMs: options.latencyMs,
    maxConcurrentRequests: options.engineBound,
  });

  try {
    const drivers = applied.map((sample) => new PluginResources(session, sample, engine));
    const resources = Array.from({ length: options.resources }, (_, index) => {
      const name = `apply-${index}`;
      // The engine refuses two providers with the same URL (and tenant).
      return {
        name,
        driver: drivers[index % drivers.length],
        url: `https://${name}.example.com:9696`,
      };
    });
    const started = performance.now();
    if (options.checkOrder === "burst") {
      await Promise.all(resources.map(({ name, driver, url }) => driver.create(name, { url })));
    } else {
      const creates: Array<Promise<unknown>> = [];
      for (const { name, driver, url } of resources) {
        const ref = driver.ref(name);
        const inputs = await driver.check(ref, {}, driver.inputs(name, { url }));
        const create = driver.createChecked(ref, inputs);
        // Handled at once so that a failure waits for Promise.all instead of ending the process.
        create.catch(() => undefined);
        creates.push(create);
      }
      await Promise.all(creates);
    }
    const wallMs = performance.now() - started;

    const entries = engine.requests.entries();
    return {
      wallMs,
      requests: entries.length,
      failed: entries.filter((entry) => entry.status === undefined || entry.status >= 400).length,
    };
  } finally {
    await engine.stop();
  }
}

export async function measureApply(
  session: PluginSession,
  options: ApplyOptions,
  runs: number,
): Promise<ApplyResult> {
  const results = await repeat(runs, () => applyOnce(session, options));
  const zeroLatency = await repeat(runs, () => applyOnce(session, { ...options, latencyMs: 0 }));
  const wallMs = median(results.map((result) => result.wallMs));
  const requests = median(results.map((result) => result.requests));
  const idealMs = (requests / options.engineBound) * options.latencyMs;

  return {
    ...options,
    wallMs,
    idealMs,
    ratio: wallMs / idealMs,
    requests,
    failedRequests: results.reduce((sum, result) => sum + result.failed, 0),
    zeroLatencyWallMs: median(zeroLatency.map((result) => result.wallMs)),
    driver:
      options.checkOrder === "engine"
        ? `plugin: ${options.resources} Checks one at a time as the engine's step generator sends them, each Create started when its Check answers (like --parallel ${options.resources})`
        : `plugin: ${options.resources} Checks sent at once, each Create after its Check`,
  };
}
