/**
 * A simulated engine per test, and the `connection` argument that points a resource at it.
 * Passing the connection as a resource argument (rather than stack config, which is global to
 * the process) keeps concurrently running tests apart. Tests that share one engine per plugin or
 * program use the stack configuration below instead.
 */
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
 * would (the password a secret), merged with a program's own settings in `extra`.
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
      "ovirt:caPem": simulator.caCertificate,
      ...extra.values,
    },
    secretKeys: ["ovirt:password", ...(extra.secretKeys ?? [])],
  };
}
