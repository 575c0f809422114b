/**
 * Applying many new providers at once against a slow, bounded engine: every resource's Check
 * and Create are sent to the plugin concurrently (as the Pulumi engine does with a --parallel
 * at least as large as the resource count), and the wall time is compared with the least the
 * engine allows: its requests, 8 at a time, each taking the added latency.
 */
import { performance } from "node:perf_hooks";

import { startSimulator } from "../simulator";
import { benchSamples } from "./bench-samples";
import type { PluginSession } from "./plugin-session";
import { PluginResources } from "./plugin-session";
import { median, repeat } from "./statistics";

export interface ApplyOptions {
  resources: number;
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
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.resources }, (_, index) => {
        const name = `apply-${index}`;
        // The engine refuses two providers with the same URL (and tenant).
        return drivers[index % drivers.length].create(name, {
          url: `https://${name}.example.com:9696`,
        });
      }),
    );
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
    driver: `plugin: ${options.resources} concurrent Check+Create calls (like --parallel ${options.resources})`,
  };
}
