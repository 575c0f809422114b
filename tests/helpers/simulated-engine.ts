/**
 * A simulated engine per test, and the `connection` argument that points a resource at it.
 * Passing the connection as a resource argument (rather than stack config, which is global to
 * the process) keeps concurrently running tests apart.
 */
import type { ExecutionContext } from "ava";

import type { RunningSimulator, SimulatorOptions } from "../../simulator";
import { startSimulator } from "../../simulator";

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
