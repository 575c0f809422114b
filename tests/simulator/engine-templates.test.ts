import test from "ava";
import { call } from "./helpers/engine-call";
import { importFirstImage } from "./helpers/image-imports";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { reachableHosts: ["glance.example.com"] });

/** Imports an image as a template named `name` with a disk named `alias`; returns their ids. */
async function importedTemplate(name: string, alias: string) {
  await importFirstImage(simulator(), {
    import_as_template: "true",
    cluster: { name: "Default" },
    template: { name },
    disk: { alias },
  });
  const templateId = simulator()
    .inventory.vms()
    .find((vm) => vm.name === name)?.id as string;
  const diskId = simulator()
    .inventory.disks()
    .find((disk) => disk.alias === alias)?.id as string;
  return { templateId, diskId };
}

test("a template search by name lists the imported template", async (t) => {
  const name = uniqueName("tpl");
  const { templateId } = await importedTemplate(name, uniqueName("disk"));
  const clusterId = simulator().inventory.clusters()[0]?.id as string;
  const answer = await call(simulator(), "GET", `/templates?search=name%3D${name}`);
  t.is(answer.status, 200);
  t.deepEqual(answer.json(), {
    template: [
      {
        status: "ok",
        cluster: { href: `/ovirt-engine/api/clusters/${clusterId}`, id: clusterId },
        name,
        href: `/ovirt-engine/api/templates/${templateId}`,
        id: templateId,
      },
    ],
  });
  t.is((await call(simulator(), "GET", "/templates?search=name%3Dno-such")).text, "{ }");
});

test("a template is read by id and is not among the VMs", async (t) => {
  const name = uniqueName("tpl");
  const { templateId } = await importedTemplate(name, uniqueName("disk"));
  t.like((await call(simulator(), "GET", `/templates/${templateId}`)).json(), {
    name,
    id: templateId,
  });
  t.is((await call(simulator(), "GET", `/vms?search=name%3D${name}`)).text, "{ }");
  const asVm = await call(simulator(), "GET", `/vms/${templateId}`);
  t.deepEqual([asVm.status, asVm.text], [404, ""]);
});

test("an unknown template id is 404 with an empty body", async (t) => {
  const answer = await call(simulator(), "GET", "/templates/7d0e1f00-0000-4000-8000-000000000000");
  t.deepEqual([answer.status, answer.text], [404, ""]);
});

test("removing a template answers complete and removes its disk with it", async (t) => {
  const { templateId, diskId } = await importedTemplate(uniqueName("tpl"), uniqueName("disk"));
  const removed = await call(simulator(), "DELETE", `/templates/${templateId}`);
  t.deepEqual([removed.status, removed.json()], [200, { status: "complete" }]);
  t.false(
    simulator()
      .inventory.vms()
      .some((vm) => vm.id === templateId),
  );
  t.false(
    simulator()
      .inventory.disks()
      .some((disk) => disk.id === diskId),
  );
  t.is((await call(simulator(), "GET", `/templates/${templateId}`)).status, 404);
  t.is((await call(simulator(), "GET", `/disks/${diskId}`)).status, 404);
});

test("a template's disk cannot be removed on its own", async (t) => {
  const name = uniqueName("tpl");
  const { diskId } = await importedTemplate(name, uniqueName("disk"));
  const refused = await call(simulator(), "DELETE", `/disks/${diskId}`);
  t.is(refused.status, 409);
  t.deepEqual(refused.json(), {
    detail: `[Cannot remove Virtual Disk. The disk belongs to the template ${name}; remove the template instead.]`,
    reason: "Operation Failed",
  });
  t.true(
    simulator()
      .inventory.disks()
      .some((disk) => disk.id === diskId),
  );
});
