import test from "ava";
import { call } from "./helpers/engine-call";
import { addNetworkProvider, listProviderNetworks } from "./helpers/network-providers";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, {
  reachableHosts: ["ovn.example.com", "neutron.example.com"],
});

const networkProvider = (extra: Record<string, unknown> = {}) =>
  addNetworkProvider(simulator(), extra);
const networks = (providerId: string) => listProviderNetworks(simulator(), providerId);

test("a provider lists its networks with provider link, import action and subnets link", async (t) => {
  const id = await networkProvider();
  const items = await networks(id);
  t.deepEqual(
    items.map((item) => item.name),
    ["provider-net-1", "provider-net-2"],
  );
  const first = items[0] as Record<string, unknown>;
  const href = `/ovirt-engine/api/openstacknetworkproviders/${id}/networks/${first.id as string}`;
  t.like(first, {
    href,
    openstack_network_provider: { id, href: `/ovirt-engine/api/openstacknetworkproviders/${id}` },
    actions: { link: [{ href: `${href}/import`, rel: "import" }] },
    link: [{ href: `${href}/subnets`, rel: "subnets" }],
  });
  t.deepEqual(
    (await call(simulator(), "GET", href.replace("/ovirt-engine/api", ""))).json(),
    first,
  );
});

test("networks of an unreachable provider fail with the provider failure", async (t) => {
  const id = await networkProvider({ url: "https://gone.invalid:9696" });
  const answer = await call(simulator(), "GET", `/openstacknetworkproviders/${id}/networks`);
  t.is(answer.status, 400);
  t.regex(answer.json().detail as string, /Failed to communicate with the external provider/);
});

test("seeded provider networks replace the defaults for that endpoint", async (t) => {
  const url = "http://neutron.example.com:9696";
  simulator().inventory.seedProviderNetworks(url, [{ id: "net-a", name: "tenant-a", subnets: [] }]);
  const id = await networkProvider({ type: "neutron", url, external_plugin_type: "OPEN_VSWITCH" });
  t.deepEqual(
    (await networks(id)).map((item) => item.id),
    ["net-a"],
  );
});

test("import needs a data center and adds a logical network provided by the provider", async (t) => {
  const id = await networkProvider();
  const [network] = await networks(id);
  const importPath = `/openstacknetworkproviders/${id}/networks/${network?.id as string}/import`;
  const missing = await call(simulator(), "POST", importPath, { body: {} });
  t.deepEqual(
    [missing.status, missing.json()],
    [
      400,
      {
        detail: "Action [dataCenter.id|name] required for doImport",
        reason: "Incomplete parameters",
      },
    ],
  );
  t.is(
    (await call(simulator(), "POST", importPath, { body: { data_center: { name: "Nowhere" } } }))
      .status,
    404,
  );
  const dataCenter = simulator().inventory.addDataCenter(uniqueName("dc"));
  const imported = await call(simulator(), "POST", importPath, {
    body: { data_center: { id: dataCenter } },
  });
  t.is(imported.status, 200);
  t.deepEqual(imported.json(), { data_center: { id: dataCenter }, status: "complete" });
  t.truthy(
    simulator()
      .inventory.networks()
      .find(
        (candidate) => candidate.externalProviderId === id && candidate.dataCenterId === dataCenter,
      ),
  );
  const again = await call(simulator(), "POST", importPath, {
    body: { data_center: { id: dataCenter } },
  });
  t.is(again.status, 409);
  t.like(again.json(), {
    data_center: { id: dataCenter },
    status: "failed",
    fault: { reason: "Operation Failed" },
  });
});

test("a provider whose imported network a VM uses cannot be removed", async (t) => {
  const sim = simulator();
  const id = await networkProvider();
  const dataCenter = sim.inventory.addDataCenter(uniqueName("dc"));
  const cluster = sim.inventory.addCluster(uniqueName("cl"), dataCenter);
  const [first, second] = await networks(id);
  for (const network of [first, second]) {
    await call(
      sim,
      "POST",
      `/openstacknetworkproviders/${id}/networks/${network?.id as string}/import`,
      {
        body: { data_center: { id: dataCenter } },
      },
    );
  }
  const imported = sim.inventory.networks().filter((network) => network.externalProviderId === id);
  const vm = sim.inventory.addVm(uniqueName("vm"), cluster, [imported[0]?.id as string]);
  const once = await call(sim, "DELETE", `/openstacknetworkproviders/${id}`);
  t.is(once.status, 409);
  t.is(
    once.json().detail,
    "[Cannot remove provider. The network provider-net-1 of this provider is used by a VM or template.]",
  );
  sim.inventory.addVm(uniqueName("vm"), cluster, [imported[1]?.id as string]);
  const twice = await call(sim, "DELETE", `/openstacknetworkproviders/${id}`);
  t.regex(
    twice.json().detail as string,
    /networks provider-net-1, provider-net-2 of this provider are used/,
  );
  t.truthy(vm);
});

test("removing a provider removes the networks imported from it", async (t) => {
  const sim = simulator();
  const id = await networkProvider();
  const [network] = await networks(id);
  await call(
    sim,
    "POST",
    `/openstacknetworkproviders/${id}/networks/${network?.id as string}/import`,
    {
      body: { data_center: { name: "Default" } },
    },
  );
  t.is((await call(sim, "DELETE", `/openstacknetworkproviders/${id}`)).status, 200);
  t.false(sim.inventory.networks().some((candidate) => candidate.externalProviderId === id));
});
