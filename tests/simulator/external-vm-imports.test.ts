import test from "ava";
import { call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test);

function importBody(name: string) {
  return {
    provider: "vmware",
    url: "vpx://administrator%40vsphere.local@vcenter.example.com/DC1/Cluster1/esxi1.example.com?no_verify=1",
    username: "administrator@vsphere.local",
    password: "vmware-secret",
    name,
    sparse: "true",
    cluster: { name: "Default" },
    storage_domain: { name: "data1" },
    host: { name: "host1" },
  };
}

test("an external VM import answers 201 without Location, echoing it without the password", async (t) => {
  const sim = simulator();
  const name = uniqueName("vm");
  const answer = await call(sim, "POST", "/externalvmimports", { body: importBody(name) });
  t.is(answer.status, 201);
  t.is(answer.headers.location, undefined);
  const body = answer.json();
  t.false("password" in body);
  const vm = sim.inventory.vms().find((candidate) => candidate.name === name);
  t.like(body, {
    provider: "vmware",
    name,
    sparse: "true",
    vm: { id: vm?.id, href: `/ovirt-engine/api/vms/${vm?.id as string}` },
    cluster: { id: sim.inventory.clusters()[0]?.id },
    storage_domain: { id: sim.inventory.storageDomains()[0]?.id },
    host: { id: sim.inventory.hosts()[0]?.id },
  });
});

test("missing required members are named together with the resource's names", async (t) => {
  const answer = await call(simulator(), "POST", "/externalvmimports", {
    body: { url: "vpx://x" },
  });
  t.is(answer.status, 400);
  t.deepEqual(answer.json(), {
    detail:
      "ExternalVmImport [provider, name, cluster.id|name, storageDomain.id|name] required for add",
    reason: "Incomplete parameters",
  });
});

test("an unknown provider type is syntactically incorrect and an unknown cluster is 404", async (t) => {
  const bad = await call(simulator(), "POST", "/externalvmimports", {
    body: { ...importBody(uniqueName("vm")), provider: "hyperv" },
  });
  t.is(bad.status, 400);
  t.is(bad.json().reason, "Request syntactically incorrect.");
  const unknown = await call(simulator(), "POST", "/externalvmimports", {
    body: { ...importBody(uniqueName("vm")), cluster: { name: "nope" } },
  });
  t.is(unknown.status, 404);
});

test("a VM name already in use is refused with 409", async (t) => {
  const name = uniqueName("vm");
  await call(simulator(), "POST", "/externalvmimports", { body: importBody(name) });
  const again = await call(simulator(), "POST", "/externalvmimports", { body: importBody(name) });
  t.is(again.status, 409);
});

test("there is no VMware provider collection", async (t) => {
  for (const path of ["/vmwareproviders", "/externalvmproviders"]) {
    t.is((await call(simulator(), "GET", path)).status, 404);
  }
});
