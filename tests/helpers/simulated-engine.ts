/**
 * A simulated engine per test, and the `connection` argument that points a resource at it.
 * Passing the connection as a resource argument (rather than stack config, which is global to
 * the process) keeps concurrently running tests apart. Tests that share one engine per plugin or
 * program use the stack configuration below instead.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { ExecutionContext } from "ava";

import type { RunningSimulator, SimulatorOptions } from "../../simulator";
import { startSimulator } from "../../simulator";
import type { StackConfig } from "../harness";

export interface SimulatedEngine {
  simulator: RunningSimulator;
  connection: { url: string; username: string; password: string; caPem: string };
}

export async function startSimulatedEngine(
  t: ExecutionContext,
  options: SimulatorOptions = {},
): Promise<SimulatedEngine> {
  const simulator = await startSimulator(options);
  t.teardown(() => simulator.stop());

  return {
    simulator,
    connection: {
      url: simulator.apiUrl,
      username: simulator.username,
      password: simulator.password,
      caPem: simulator.caCertificate,
    },
  };
}

/**
 * Stack configuration that points every resource at the simulator, as `pulumi config set ovirt:*`
 * would (the password a secret), merged with a program's own settings in `extra`. The CA goes
 * in as `ovirt:caFile`, the key every example's Pulumi.yaml sets: a stack `ovirt:caPem` beside
 * the project's `ovirt:caFile` would hand the provider both once the CLI merges them.
 */
export function simulatorStackConfig(
  simulator: RunningSimulator,
  extra: StackConfig = { values: {} },
): StackConfig {
  return {
    values: {
      "ovirt:url": simulator.apiUrl,
      "ovirt:username": simulator.username,
      "ovirt:password": simulator.password,
      "ovirt:caFile": simulatorCaFile(simulator),
      ...extra.values,
    },
    secretKeys: ["ovirt:password", ...(extra.secretKeys ?? [])],
  };
}

let caFolder: string | undefined;
const caFiles = new WeakMap<RunningSimulator, string>();

/**
 * The simulator's CA written to a file (absolute path), once per simulator, in a folder of this
 * process that is removed when it exits.
 */
export function simulatorCaFile(simulator: RunningSimulator): string {
  const known = caFiles.get(simulator);
  if (known !== undefined) return known;

  if (caFolder === undefined) {
    const folder = mkdtempSync(path.join(os.tmpdir(), "ovirt-simulator-ca-"));
    process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
    caFolder = folder;
  }
  // Unique per simulator, not per port: the engine client caches clients by CA file path, so a
  // later simulator on a reused port must not share a name with a CA it does not hold.
  const file = path.join(caFolder, `engine-ca-${randomUUID()}.pem`);
  writeFileSync(file, simulator.caCertificate);
  caFiles.set(simulator, file);
  return file;
}
