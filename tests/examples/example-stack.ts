/**
 * Opens an example of examples/ as a stack against a fresh simulated engine, with the stack
 * configuration a user would set (engine connection, secrets), on the real Pulumi CLI when one is
 * installed and on the test engine otherwise. The package is installed from a packed tarball.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

import type { ExecutionContext } from "ava";

import type { RunningSimulator, SimulatorOptions } from "../../simulator";
import { startSimulator } from "../../simulator";
import type { ProgramStack } from "../harness";
import { sharedProgramFolder } from "../harness";
import { openProgramStack } from "../harness/program-stack";
import { simulatorStackConfig } from "../helpers/simulated-engine";

export const REPOSITORY_ROOT = path.resolve(__dirname, "../..");

/** Where every example's Pulumi.yaml points `ovirt:caFile`, relative to the program folder. */
export const PROJECT_CA_FILE = "engine-ca.pem";

export interface ExampleStack {
  stack: ProgramStack;
  simulator: RunningSimulator;
  /** Replaces the example's own settings (the engine connection stays). */
  configure(settings: Record<string, string>): Promise<void>;
}

export interface ExampleStackOptions {
  /** Folder under examples/, or any program folder. */
  program: string;
  simulator?: SimulatorOptions;
  /** The example's settings, without the project prefix. */
  settings: Record<string, string>;
  /** Which of `settings` are secrets. */
  secretSettings?: readonly string[];
  /**
   * Give the stack only the simulator's URL (its port is random) and password, so that everything
   * else comes from the example's Pulumi.yaml: the username, and `ovirt:caFile: ./engine-ca.pem`,
   * which the plugin resolves from the program folder, where the simulator's CA is written.
   * @default false
   */
  engineAddressOnly?: boolean;
  /**
   * Leave the simulator's CA out of the stack config and write no CA file, so that only the
   * project's Pulumi.yaml and `stackValues` say how to trust the engine. @default false
   */
  withoutCaFile?: boolean;
  /** Further stack config under full keys (`ovirt:caPem`), set over the engine connection. */
  stackValues?: (simulator: RunningSimulator) => Record<string, string>;
}

export async function openExampleStack(
  t: ExecutionContext,
  options: ExampleStackOptions,
): Promise<ExampleStack> {
  const folder = await sharedProgramFolder([REPOSITORY_ROOT], { ignoreScripts: true });
  const simulator = await startSimulator(options.simulator);
  t.teardown(() => simulator.stop());
  const project = path.basename(options.program);

  const configFor = (settings: Record<string, string>) => {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(settings)) values[`${project}:${key}`] = value;
    Object.assign(values, options.stackValues?.(simulator));
    const config = simulatorStackConfig(simulator, {
      values,
      secretKeys: (options.secretSettings ?? []).map((key) => `${project}:${key}`),
    });
    if (options.engineAddressOnly === true) delete config.values["ovirt:username"];
    // A test's own stackValues win: it may set ovirt:caFile itself, to "" for instance.
    const ownCa = options.engineAddressOnly === true || options.withoutCaFile === true;
    if (ownCa && !("ovirt:caFile" in values)) delete config.values["ovirt:caFile"];
    return config;
  };

  const stack = await openProgramStack({
    folder,
    program: path.resolve(REPOSITORY_ROOT, options.program),
    config: configFor(options.settings),
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());
  if (options.engineAddressOnly === true && options.withoutCaFile !== true) {
    await fs.writeFile(path.join(stack.programDirectory, PROJECT_CA_FILE), simulator.caCertificate);
  }

  return {
    stack,
    simulator,
    configure: (settings) => stack.setConfig(configFor(settings)),
  };
}
