import type { RunningSimulator } from "../../../simulator/index";
import { addProvider, call } from "./engine-call";
import { uniqueName } from "./shared-simulator";

let nextPort = 10000;

/**
 * A writable external network provider at `ovn.example.com` (which the simulator must list as
 * reachable), each on its own port so that tests changing its subnets do not meet.
 */
export function addNetworkProvider(
  simulator: RunningSimulator,
  extra: Record<string, unknown> = {},
): Promise<string> {
  nextPort += 1;
  return addProvider(simulator, "openstacknetworkproviders", {
    name: uniqueName("net"),
    type: "external",
    url: `http://ovn.example.com:${nextPort}`,
    read_only: "false",
    ...extra,
  });
}

/** The provider's networks as the API lists them. */
export async function listProviderNetworks(simulator: RunningSimulator, providerId: string) {
  const answer = await call(simulator, "GET", `/openstacknetworkproviders/${providerId}/networks`);
  return answer.json().openstack_network as Array<Record<string, unknown>>;
}
