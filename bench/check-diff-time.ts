/**
 * Check plus Diff of one unchanged resource, in process, on the provider objects of the
 * installed package: the provider's own share of every resource in every preview and update.
 * Going through the plugin adds Pulumi's gRPC and serialization, which are not ours to speed up.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";

import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { BenchSample } from "./bench-samples";
import { offlineArguments, providerModule } from "./bench-samples";
import { median, repeat } from "./statistics";

const ITERATIONS = 2000;
const WARM_UP = 500;

// Check needs an engine to be named somewhere; nothing is ever sent to it.
const stackConfig: Record<string, string> = {
  "ovirt:url": "https://engine.example.com/ovirt-engine/api",
  "ovirt:username": "admin@internal",
  "ovirt:password": "engine-secret",
};

/**
 * Check, then Diff against the same inputs as stored: an unchanged resource in a preview. The
 * outputs create adds (ids, engine flags) are left out of the stored side; every type's diff
 * compares declared inputs only, so they cost nothing, and made-up values would turn the
 * measurement into a replacement.
 */
async function checkAndDiff(provider: dynamic.ResourceProvider, news: Record<string, unknown>) {
  const checked = await provider.check!({}, news);
  if (checked.failures !== undefined && checked.failures.length > 0) {
    throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
  }
  const diff = await provider.diff!("bench-id", checked.inputs, checked.inputs);
  if (diff.changes !== false) {
    throw new Error(`an unchanged resource shows a diff: ${JSON.stringify(diff)}`);
  }
  return diff;
}

async function timeOnce(provider: dynamic.ResourceProvider, news: Record<string, unknown>) {
  const started = performance.now();
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    await checkAndDiff(provider, news);
  }
  return ((performance.now() - started) * 1000) / ITERATIONS;
}

/**
 * Median microseconds per type for one Check and one Diff. Every type is warmed up first, and
 * each run measures every type in turn, so a busy moment of the machine is spread over them all.
 */
export async function measureCheckDiff(
  folder: string,
  samples: readonly BenchSample[],
  runs: number,
): Promise<Record<string, number>> {
  const requireFromProgram = createRequire(path.join(folder, "package.json"));
  const providers = samples.map(
    (sample) => requireFromProgram(providerModule(sample)) as dynamic.ResourceProvider,
  );
  for (const [index, provider] of providers.entries()) {
    await provider.configure?.({ config: { get: (key: string) => stackConfig[key] } } as never);
    for (let iteration = 0; iteration < WARM_UP; iteration++) {
      await checkAndDiff(provider, offlineArguments(samples[index]));
    }
  }

  const timings = samples.map((): number[] => []);
  await repeat(runs, async () => {
    for (const [index, provider] of providers.entries()) {
      timings[index].push(await timeOnce(provider, offlineArguments(samples[index])));
    }
  });
  return Object.fromEntries(
    samples.map((sample, index) => [sample.typeName, median(timings[index])]),
  );
}
