import test from "ava";
import { call } from "./helpers/engine-call";
import { addNetworkProvider } from "./helpers/network-providers";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { reachableHosts: ["ovn.example.com"] });

const PROVIDER_NETWORK = "4a6c3b1e-7b52-4e0d-9a43-1c2f0f6f0a01";

/** Imports provider-net-1 into a new data center; returns the ids involved. */
async function importedNetwork() {
  const providerId = await addNetworkProvider(simulator());
  const dataCenterId = simulator().inventory.addDataCenter(uniqueName("dc"));
  const answer = await call(
    simulator(),
    "POST",
    `/openstacknetworkproviders/${providerId}/networks/${PROVIDER_NETWORK}/import`,
    { body: { data_center: { id: dataCenterId } } },
  );
  if (answer.status !== 200) throw new Error(`import refused: ${answer.status} ${answer.text}`);
  const networkId = simulator()
    .inventory.networks()
    .find((network) => network.dataCenterId === dataCenterId)?.id as string;
  return { providerId, dataCenterId, networkId };
}

test("a network search by name lists the imported network with its data center and provider", async (t) => {
  const { providerId, dataCenterId, networkId } = await importedNetwork();
  const answer = await call(simulator(), "GET", "/networks?search=name%3Dprovider-net-1");
  t.is(answer.status, 200);
  const networks = answer.json().network as Array<Record<string, unknown>>;
  t.deepEqual(
    networks.find((network) => network.id === networkId),
    {
      mtu: "0",
      stp: "false",
      usages: { usage: ["vm"] },
      data_center: { href: `/ovirt-engine/api/datacenters/${dataCenterId}`, id: dataCenterId },
      external_provider: {
        href: `/ovirt-engine/api/openstacknetworkproviders/${providerId}`,
        id: providerId,
      },
      name: "provider-net-1",
      href: `/ovirt-engine/api/networks/${networkId}`,
      id: networkId,
    },
  );
  t.is((await call(simulator(), "GET", "/networks?search=name%3Dno-such")).text, "{ }");
});

test("a network is read by id, and an unknown id is 404 with an empty body", async (t) => {
  const { networkId } = await importedNetwork();
  t.like((await call(simulator(), "GET", `/networks/${networkId}`)).json(), {
    name: "provider-net-1",
    id: networkId,
  });
  const unknown = await call(simulator(), "GET", "/networks/1e2f3a40-0000-4000-8000-000000000000");
  t.deepEqual([unknown.status, unknown.text], [404, ""]);
});

test("removing a network no VM uses answers complete and takes it out of its data center", async (t) => {
  const { networkId } = await importedNetwork();
  const removed = await call(simulator(), "DELETE", `/networks/${networkId}`);
  t.deepEqual([removed.status, removed.json()], [200, { status: "complete" }]);
  t.false(
    simulator()
      .inventory.networks()
      .some((network) => network.id === networkId),
  );
  t.is((await call(simulator(), "GET", `/networks/${networkId}`)).status, 404);
  t.is((await call(simulator(), "DELETE", `/networks/${networkId}`)).status, 404);
});

test("removing a network that VMs use is refused with 409 naming the VMs", async (t) => {
  const { networkId } = await importedNetwork();
  const first = uniqueName("vm");
  const second = uniqueName("vm");
  simulator().inventory.addVm(first, "Default", [networkId]);
  simulator().inventory.addVm(second, "Default", [networkId]);
  const refused = await call(simulator(), "DELETE", `/networks/${networkId}`);
  t.is(refused.status, 409);
  t.deepEqual(refused.json(), {
    detail: `[Cannot remove Logical Network. The Logical Network is in use by the following VM(s): ${first}, ${second}.]`,
    reason: "Operation Failed",
  });
  t.true(
    simulator()
      .inventory.networks()
      .some((network) => network.id === networkId),
  );
});
