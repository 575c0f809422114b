import type { TestFn } from "ava";
import type { RunningSimulator, SimulatorOptions } from "../../../simulator/index";
import { startSimulator } from "../../../simulator/index";

/**
 * One simulator for all tests of a file (starting one per test would cost a TLS key each);
 * tests keep out of each other's way by using their own provider names.
 */
export function useSimulator(test: TestFn, options: SimulatorOptions = {}): () => RunningSimulator {
  let simulator: RunningSimulator | undefined;
  test.before(async () => {
    simulator = await startSimulator(options);
  });
  test.after.always(async () => {
    await simulator?.stop();
  });
  return () => {
    if (simulator === undefined) throw new Error("simulator not started");
    return simulator;
  };
}

/** A provider name no other test uses. */
let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}
