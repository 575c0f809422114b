import test from "ava";
import { call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test);

/** A VM as an external import leaves it; returns its id. */
async function importedVm(name: string): Promise<string> {
  const answer = await call(simulator(), "POST", "/externalvmimports", {
    body: {
      provider: "vmware",
      url: "vpx://vcenter.example.com/DC1/Cluster1/esxi1.example.com?no_verify=1",
      name,
      cluster: { name: "Default" },
      storage_domain: { name: "data1" },
    },
  });
  return (answer.json().vm as { id: string }).id;
}

test("a VM search by name lists the imported VM with its cluster", async (t) => {
  const name = uniqueName("vm");
  const id = await importedVm(name);
  await importedVm(uniqueName("other"));
  const answer = await call(simulator(), "GET", `/vms?search=name%3D${name}`);
  t.is(answer.status, 200);
  t.deepEqual(answer.json(), {
    vm: [
      {
        status: "down",
        cluster: {
          href: `/ovirt-engine/api/clusters/${simulator().inventory.clusters()[0]?.id as string}`,
          id: simulator().inventory.clusters()[0]?.id,
        },
        name,
        href: `/ovirt-engine/api/vms/${id}`,
        id,
      },
    ],
  });
});

test("a VM search that matches nothing answers an empty collection", async (t) => {
  const answer = await call(simulator(), "GET", "/vms?search=name%3Dno-such-vm");
  t.is(answer.status, 200);
  t.is(answer.text, "{ }");
});

test("a VM is read by id, and an unknown id is 404 with an empty body", async (t) => {
  const name = uniqueName("vm");
  const id = await importedVm(name);
  const one = await call(simulator(), "GET", `/vms/${id}`);
  t.like(one.json(), { name, id, href: `/ovirt-engine/api/vms/${id}` });
  const unknown = await call(simulator(), "GET", "/vms/5c1b7ad4-0000-4000-8000-000000000000");
  t.deepEqual([unknown.status, unknown.text], [404, ""]);
});

test("removing a VM answers complete and takes it out of the inventory", async (t) => {
  const id = await importedVm(uniqueName("vm"));
  const removed = await call(simulator(), "DELETE", `/vms/${id}`);
  t.deepEqual([removed.status, removed.json()], [200, { status: "complete" }]);
  t.false(
    simulator()
      .inventory.vms()
      .some((vm) => vm.id === id),
  );
  t.is((await call(simulator(), "GET", `/vms/${id}`)).status, 404);
  t.is((await call(simulator(), "DELETE", `/vms/${id}`)).status, 404);
});
