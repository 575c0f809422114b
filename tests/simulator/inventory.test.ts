import test from "ava";
import { startSimulator } from "../../simulator/index";
import { call } from "./helpers/engine-call";
import { useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, {
  inventory: {
    dataCenters: [{ name: "East" }],
    clusters: [{ name: "east-1", dataCenter: "East" }],
    storageDomains: [{ name: "east-data", dataCenter: "East" }],
    hosts: [{ name: "east-host", cluster: "east-1", canRunVirtV2v: false }],
    providers: [
      {
        kind: "EXTERNAL_NETWORK",
        name: "ovirt-provider-ovn",
        url: "https://engine.example.com:9696",
        readOnly: false,
        autoSync: true,
        pluginType: "OVIRT_PROVIDER_OVN",
      },
    ],
  },
});

test("a seeded inventory replaces the default one", (t) => {
  const inventory = simulator().inventory;
  t.deepEqual(
    inventory.dataCenters().map((item) => item.name),
    ["East"],
  );
  t.deepEqual(
    inventory.clusters().map((item) => item.name),
    ["east-1"],
  );
  t.like(inventory.storageDomains()[0], { name: "east-data", status: "active", type: "data" });
  t.like(inventory.hosts()[0], { name: "east-host", canRunVirtV2v: false });
});

test("seeded providers are served like added ones", async (t) => {
  const list = (
    await call(simulator(), "GET", "/openstacknetworkproviders?search=name%3Dovirt-provider-ovn")
  ).json();
  t.like((list.openstack_network_provider as unknown[])[0], {
    name: "ovirt-provider-ovn",
    type: "external",
    read_only: "false",
    auto_sync: "true",
    external_plugin_type: "OVIRT_PROVIDER_OVN",
    description: "",
  });
});

test("objects added through the inventory handle are served by the API", async (t) => {
  const sim = simulator();
  const dataCenter = sim.inventory.addDataCenter("West");
  const cluster = sim.inventory.addCluster("west-1", "West");
  const domain = sim.inventory.addStorageDomain("west-data", dataCenter);
  const host = sim.inventory.addHost("west-host", cluster);
  t.is((await call(sim, "GET", `/clusters/${cluster}`)).json().name, "west-1");
  t.like((await call(sim, "GET", `/storagedomains/${domain}`)).json(), { name: "west-data" });
  t.like((await call(sim, "GET", `/hosts/${host}`)).json(), { cluster: { id: cluster } });
  const vm = sim.inventory.addVm("west-vm", "west-1");
  t.is(sim.inventory.vms().find((candidate) => candidate.name === "west-vm")?.id, vm);
});

test("a provider added through the inventory handle is served and keeps its password", async (t) => {
  const sim = simulator();
  const id = sim.inventory.addProvider({
    kind: "FOREMAN",
    name: "seeded-foreman",
    url: "https://foreman.example.com",
    requiresAuthentication: true,
    username: "admin",
    password: "stored-secret",
  });
  const entity = (await call(sim, "GET", `/externalhostproviders/${id}`)).json();
  t.like(entity, { name: "seeded-foreman", requires_authentication: "true", username: "admin" });
  t.false("password" in entity);
  t.is(sim.inventory.provider("seeded-foreman")?.password, "stored-secret");
});

test("unknown names in inventory calls and seeds are errors", async (t) => {
  t.throws(() => simulator().inventory.addCluster("c", "Nowhere"), {
    message: "inventory has no data center Nowhere",
  });
  await t.throwsAsync(
    startSimulator({ inventory: { clusters: [{ name: "c", dataCenter: "Nowhere" }] } }),
    {
      message: "inventory seed: c names an unknown data center",
    },
  );
});

test("readers return copies that do not change the engine", (t) => {
  const inventory = simulator().inventory;
  const before = inventory.storageDomains();
  const copy = inventory.storageDomains();
  (copy[0] as { name: string }).name = "renamed";
  copy.pop();
  t.deepEqual(inventory.storageDomains().slice(0, before.length), before);
});
