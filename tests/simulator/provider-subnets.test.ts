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

test("subnets are listed, added and removed on a writable provider", async (t) => {
  const id = await networkProvider();
  const [network] = await networks(id);
  const subnets = `/openstacknetworkproviders/${id}/networks/${network?.id as string}/subnets`;
  const listed = (await call(simulator(), "GET", subnets)).json();
  t.like((listed.openstack_subnet as unknown[])[0], {
    name: "provider-subnet-1",
    cidr: "10.10.1.0/24",
    ip_version: "v4",
    gateway: "10.10.1.1",
    dns_servers: { dns_server: ["10.10.1.2"] },
    openstack_network: { id: network?.id, openstack_network_provider: { id } },
  });
  const added = await call(simulator(), "POST", subnets, {
    body: {
      name: "extra",
      cidr: "10.20.0.0/24",
      ip_version: "v4",
      dns_servers: { dns_server: ["1.1.1.1"] },
    },
  });
  t.is(added.status, 201);
  const subnetId = added.json().id as string;
  t.is((await call(simulator(), "GET", `${subnets}/${subnetId}`)).json().cidr, "10.20.0.0/24");
  const url = simulator().inventory.provider(id)?.url as string;
  const served = simulator()
    .inventory.providerNetworks(url)
    .find((n) => n.id === network?.id);
  t.true(served?.subnets.some((subnet) => subnet.id === subnetId));
  t.deepEqual((await call(simulator(), "DELETE", `${subnets}/${subnetId}`)).json(), {
    status: "complete",
  });
  t.is((await call(simulator(), "GET", `${subnets}/${subnetId}`)).status, 404);
});

test("a read-only external provider refuses to add or remove subnets", async (t) => {
  const name = uniqueName("ro");
  const id = await networkProvider({ name, read_only: "true" });
  const [network] = await networks(id);
  const subnets = `/openstacknetworkproviders/${id}/networks/${network?.id as string}/subnets`;
  const refused = await call(simulator(), "POST", subnets, { body: { cidr: "10.30.0.0/24" } });
  t.is(refused.status, 400);
  t.deepEqual(refused.json(), {
    detail: `[External network provider ${name} is read only.]`,
    reason: "Operation Failed",
  });
  const existing = (
    (await call(simulator(), "GET", subnets)).json().openstack_subnet as Array<{ id: string }>
  )[0];
  t.is((await call(simulator(), "DELETE", `${subnets}/${existing?.id as string}`)).status, 400);
});
