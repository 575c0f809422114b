import test from "ava";
import { addProvider, call } from "./helpers/engine-call";
import { useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { reachableHosts: ["foreman.example.com"] });

test("the seeded inventory is listed and searchable by name", async (t) => {
  const sim = simulator();
  const dataCenters = (await call(sim, "GET", "/datacenters?search=name%3DDefault")).json();
  t.like((dataCenters.data_center as unknown[])[0], {
    name: "Default",
    id: sim.inventory.dataCenters()[0]?.id,
  });
  const clusters = (await call(sim, "GET", "/clusters")).json();
  t.like((clusters.cluster as unknown[])[0], {
    name: "Default",
    data_center: { id: sim.inventory.dataCenters()[0]?.id },
  });
  const domains = (await call(sim, "GET", "/storagedomains?search=name%3Ddata1")).json();
  t.like((domains.storage_domain as unknown[])[0], { name: "data1", type: "data" });
  const hosts = (await call(sim, "GET", "/hosts")).json();
  t.like((hosts.host as unknown[])[0], { name: "host1" });
  t.is((await call(sim, "GET", "/datacenters?search=name%3Dnope")).text, "{ }");
});

test("a cluster lists its default external network provider", async (t) => {
  const sim = simulator();
  const clusterId = sim.inventory.clusters()[0]?.id as string;
  t.is((await call(sim, "GET", `/clusters/${clusterId}/externalnetworkproviders`)).text, "{ }");
  const id = await addProvider(sim, "openstacknetworkproviders", {
    name: "cluster-default",
    type: "external",
    url: "https://o:9696",
  });
  sim.inventory.setClusterDefaultNetworkProvider(clusterId, id);
  const list = (await call(sim, "GET", `/clusters/${clusterId}/externalnetworkproviders`)).json();
  t.like((list.external_provider as unknown[])[0], { id, type: "external" });
  sim.inventory.setClusterDefaultNetworkProvider(clusterId, undefined);
});

test("a reachable Foreman serves empty host lists", async (t) => {
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: "foreman-lists",
    url: "http://foreman.example.com",
  });
  for (const list of ["hosts", "hostgroups", "discoveredhosts", "computeresources"]) {
    t.is((await call(simulator(), "GET", `/externalhostproviders/${id}/${list}`)).text, "{ }");
  }
});
