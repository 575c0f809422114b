import test from "ava";

import { openStackNetworkProviderKind } from "../../../provider/kinds/openstack-network-provider";
import openStackNetworkProvider = require("../../../provider/resource-providers/openstack-network-provider");
import { captureLogLines } from "../../helpers/capture-log-lines";
import { startSimulatedEngine } from "../../helpers/simulated-engine";

const noStackConfig = { get: () => undefined, require: (key: string): string => key };

async function checkedNeutron(connection: object, extra: object = {}) {
  await openStackNetworkProvider.configure?.({ config: noStackConfig });
  const checked = await openStackNetworkProvider.check!(
    {},
    { name: "neutron1", url: "https://neutron.example.com:9696", connection, ...extra },
  );
  if (checked.failures !== undefined && checked.failures.length > 0) {
    throw new Error(`unexpected check failures: ${JSON.stringify(checked.failures)}`);
  }
  return checked.inputs as Record<string, unknown>;
}

const agentConfiguration = {
  interfaceMappings: "physnet1:eth1",
  host: "rabbit.example.com",
  username: "neutron",
  password: "rabbit-secret",
};

test("a 4.3 engine keeps the agent configuration", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t, { engineVersion: "4.3" });

  const created = await openStackNetworkProvider.create(
    await checkedNeutron(connection, { agentConfiguration }),
  );

  t.like(simulator.inventory.provider(created.id)?.agentConfiguration, {
    networkMappings: "physnet1:eth1",
    brokerType: "rabbit_mq",
    address: "rabbit.example.com",
    port: 5672,
  });
});

test("an engine from 4.4 on gets a warning that names its version", (t) => {
  const { logger, lines } = captureLogLines();
  const inputs = { name: "neutron1", agentConfiguration } as never;

  openStackNetworkProviderKind.checkEngineSupport?.(
    { major: 4, minor: 4, full: "4.4.10" },
    inputs,
    logger,
  );

  t.deepEqual(lines, [
    "warn: OpenStackNetworkProvider neutron1: engine 4.4.10 ignores the agent configuration " +
      "(dropped in oVirt 4.4); configure the Neutron agents on the hosts instead",
  ]);
});

test("without agent configuration no warning is given", (t) => {
  const { logger, lines } = captureLogLines();

  openStackNetworkProviderKind.checkEngineSupport?.(
    { major: 4, minor: 5, full: "4.5.7" },
    { name: "neutron1" } as never,
    logger,
  );

  t.deepEqual(lines, []);
});

test("removing a cluster's default network provider is refused with what to detach", async (t) => {
  const { simulator, connection } = await startSimulatedEngine(t);
  const created = await openStackNetworkProvider.create(await checkedNeutron(connection));
  simulator.inventory.setClusterDefaultNetworkProvider("Default", created.id);

  const error = await t.throwsAsync(openStackNetworkProvider.delete!(created.id, created.outs));

  t.is(
    error?.message,
    `The engine ${simulator.apiUrl} refuses to remove the OpenStack Networking provider ` +
      `"neutron1" (id ${created.id}) while it is in use: Cannot remove provider. External ` +
      "network provider is used as default network provider in the following cluster/s: " +
      "Default. Detach what uses it (the VM network interfaces on its imported networks, or " +
      "the clusters that use it as their default network provider), then run the destroy again.",
  );
  t.truthy(simulator.inventory.provider(created.id));
});
