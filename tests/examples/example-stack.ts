/**
 * Opens an example of examples/ as a stack against a fresh simulated engine, with the stack
 * configuration a user would set (engine connection, secrets), on the real Pulumi CLI when one is
 * installed and on the test engine otherwise. The package is installed from a packed tarball.
 */
import path from "node:path";

import type { ExecutionContext } from "ava";

import type { RunningSimulator, SimulatorOptions } from "../../simulator";
import { startSimulator } from "../../simulator";
import type { ProgramStack } from "../harness";
import { sharedProgramFolder } from "../harness";
import { openProgramStack } from "../harness/program-stack";
import { simulatorStackConfig } from "../helpers/simulated-engine";

export const REPOSITORY_ROOT = path.resolve(__dirname, "../..");

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
   * Give the stack only the simulator's URL, CA file and password, so that everything else
   * (the username included) comes from the example's Pulumi.yaml. @default false
   */
  engineAddressOnly?: boolean;
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
    const config = simulatorStackConfig(simulator, {
      values,
      secretKeys: (options.secretSettings ?? []).map((key) => `${project}:${key}`),
    });
    if (options.engineAddressOnly === true) delete config.values["ovirt:username"];
    return config;
  };

  const stack = await openProgramStack({
    folder,
    program: path.resolve(REPOSITORY_ROOT, options.program),
    config: configFor(options.settings),
    write: () => undefined,
  });
  t.teardown(() => stack.dispose());

  return {
    stack,
    simulator,
    configure: (settings) => stack.setConfig(configFor(settings)),
  };
}
