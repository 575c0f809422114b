import test from "ava";
import type { EngineVersion } from "../../simulator/index";
import { startSimulator } from "../../simulator/index";
import { addProvider, call } from "./helpers/engine-call";

const AGENT = {
  network_mappings: "physnet:eth1",
  broker_type: "rabbit_mq",
  address: "broker.example.com",
  port: "5672",
  username: "guest",
  password: "guest-password",
};

async function neutronWithAgent(engineVersion: EngineVersion) {
  const simulator = await startSimulator({ engineVersion });
  const id = await addProvider(simulator, "openstacknetworkproviders", {
    name: "neutron",
    type: "neutron",
    url: "http://neutron:9696",
    plugin_type: "open_vswitch",
    agent_configuration: AGENT,
  });
  return { simulator, id };
}

test("engine 4.3 keeps the Neutron agent configuration and returns it without password", async (t) => {
  const { simulator, id } = await neutronWithAgent("4.3");
  t.teardown(() => simulator.stop());
  const entity = (await call(simulator, "GET", `/openstacknetworkproviders/${id}`)).json();
  const expected = Object.entries(AGENT).filter(([field]) => field !== "password");
  t.deepEqual(entity.agent_configuration, Object.fromEntries(expected));
});

test("engine 4.3 drops the messaging password when an update does not resend it", async (t) => {
  const { simulator, id } = await neutronWithAgent("4.3");
  t.teardown(() => simulator.stop());
  await call(simulator, "PUT", `/openstacknetworkproviders/${id}`, {
    body: { agent_configuration: { address: "other.example.com" } },
  });
  const stored = simulator.inventory.provider(id)?.agentConfiguration;
  t.deepEqual(stored, { networkMappings: "physnet:eth1", address: "other.example.com" });
});

for (const engineVersion of ["4.4", "4.5"] as const) {
  test(`engine ${engineVersion} accepts the agent configuration but ignores it`, async (t) => {
    const { simulator, id } = await neutronWithAgent(engineVersion);
    t.teardown(() => simulator.stop());
    const entity = (await call(simulator, "GET", `/openstacknetworkproviders/${id}`)).json();
    t.false("agent_configuration" in entity);
    t.is(simulator.inventory.provider(id)?.agentConfiguration, undefined);
  });
}
