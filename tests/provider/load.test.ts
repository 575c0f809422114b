/**
 * 200 providers in one program run, through the test engine, Pulumi's program runner and its
 * dynamic-provider plugin, against an engine that answers 503 beyond 8 requests at once. The
 * plugin receives far more concurrent creates than that; the client's bound must hold them back.
 */
import path from "node:path";

import test from "ava";

import { startSimulator } from "../../simulator";
import type { LoggedRequest } from "../../simulator";
import { openProgramStack, releaseSharedProgramFolders, sharedProgramFolder } from "../harness";
import { simulatorStackConfig } from "../helpers/simulated-engine";

const PACKAGE_ROOT = path.resolve(__dirname, "../..");
const PROGRAM = path.join(__dirname, "fixtures/load-program");
const RESOURCES = 200;
const ENGINE_BOUND = 8;
const LOGIN_PATH = "/ovirt-engine/sso/oauth/token";

test.after.always(() => releaseSharedProgramFolders());

/**
 * The most requests the engine was serving at one moment, from the logged arrival times and
 * durations (millisecond resolution: a request ending in the millisecond another starts is not
 * counted as overlapping it).
 */
function peakConcurrency(entries: readonly LoggedRequest[]): number {
  const events = entries.flatMap((entry) => [
    { at: entry.startedAt, change: 1 },
    { at: entry.startedAt + (entry.durationMs ?? Number.POSITIVE_INFINITY), change: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.change - b.change);

  let current = 0;
  let peak = 0;
  for (const event of events) {
    current += event.change;
    peak = Math.max(peak, current);
  }
  return peak;
}

test("200 providers in one run stay within the engine's bound of 8 with one login", async (t) => {
  const simulator = await startSimulator({ maxConcurrentRequests: ENGINE_BOUND, latencyMs: 20 });
  t.teardown(() => simulator.stop());
  const folder = await sharedProgramFolder([PACKAGE_ROOT], { ignoreScripts: true });
  const stack = await openProgramStack({
    folder,
    program: PROGRAM,
    engine: "test-engine",
    // Four times the engine's bound: the plugin gets many more creates at once than the
    // engine may serve.
    parallel: 4 * ENGINE_BOUND,
    config: simulatorStackConfig(simulator, {
      values: {
        "load-program:count": String(RESOURCES),
        "load-program:providerPassword": "provider-secret",
      },
      secretKeys: ["load-program:providerPassword"],
    }),
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());

  const up = await stack.up();

  t.true(up.ok, up.plan.slice(-2000));
  const providerSteps = up.steps.filter((step) => step.type.startsWith("pulumi-nodejs:dynamic/"));
  t.is(providerSteps.filter((step) => step.operation === "create").length, RESOURCES);
  t.is(simulator.inventory.providers().length, RESOURCES);
  const entries = simulator.requests.entries();
  t.deepEqual(
    entries.filter((entry) => entry.injected !== undefined || (entry.status ?? 0) >= 400),
    [],
  );
  t.true(peakConcurrency(entries) <= ENGINE_BOUND, `peak ${peakConcurrency(entries)}`);
  t.is(simulator.requests.count("POST", LOGIN_PATH), 1);
});
