import test from "ava";
import { addProvider, call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { reachableHosts: ["glance.example.com"] });

async function firstImage() {
  const id = await addProvider(simulator(), "openstackimageproviders", {
    name: uniqueName("glance"),
    url: `http://glance.example.com:9292/${uniqueName("path")}`,
  });
  const list = (await call(simulator(), "GET", `/openstackimageproviders/${id}/images`)).json();
  const image = (list.openstack_image as Array<Record<string, string>>)[0] as Record<
    string,
    string
  >;
  return { id, image, importPath: `/openstackimageproviders/${id}/images/${image.id}/import` };
}

test("a Glance provider lists its images with an import action", async (t) => {
  const { id, image } = await firstImage();
  t.like(image, { name: "cirros-0.6.2", openstack_image_provider: { id } });
  const one = await call(simulator(), "GET", `/openstackimageproviders/${id}/images/${image.id}`);
  t.deepEqual(one.json(), image as unknown as Record<string, unknown>);
  t.is((await call(simulator(), "GET", `/openstackimageproviders/${id}/images/nope`)).status, 404);
});

test("import without a storage domain fails the model's input validation", async (t) => {
  const { importPath } = await firstImage();
  const answer = await call(simulator(), "POST", importPath, { body: {} });
  t.deepEqual(answer.json(), {
    detail:
      "Parameters 'storage_domain.id' or 'storage_domain.name' are mandatory but both were not provided.",
    reason: "Input validation failed.",
  });
});

test("import as template needs a cluster", async (t) => {
  const { importPath } = await firstImage();
  const answer = await call(simulator(), "POST", importPath, {
    body: { storage_domain: { name: "data1" }, import_as_template: "true" },
  });
  t.deepEqual(answer.json(), {
    detail: "Action [cluster.id|name] required for doImport",
    reason: "Incomplete parameters",
  });
});

test("import answers 202 with a pending action by default and creates the disk", async (t) => {
  const { importPath } = await firstImage();
  const alias = uniqueName("disk");
  const answer = await call(simulator(), "POST", importPath, {
    body: { storage_domain: { name: "data1" }, disk: { alias } },
  });
  t.is(answer.status, 202);
  const action = answer.json();
  t.like(action, { async: "true", status: "pending", storage_domain: { name: "data1" } });
  t.is(action.href, `/ovirt-engine/api${importPath}/${action.id as string}`);
  t.truthy(
    simulator()
      .inventory.disks()
      .find((disk) => disk.alias === alias),
  );
});

test("a blocking import as template answers 200 complete and creates the template", async (t) => {
  const { importPath } = await firstImage();
  const name = uniqueName("tpl");
  const answer = await call(simulator(), "POST", importPath, {
    body: {
      async: "false",
      storage_domain: { name: "data1" },
      cluster: { name: "Default" },
      import_as_template: true,
      template: { name },
    },
  });
  t.is(answer.status, 200);
  t.is(answer.json().status, "complete");
  t.truthy(
    simulator()
      .inventory.vms()
      .find((vm) => vm.name === name && vm.isTemplate === true),
  );
});

test("import into an unknown storage domain is 404", async (t) => {
  const { importPath } = await firstImage();
  const answer = await call(simulator(), "POST", importPath, {
    body: { storage_domain: { name: "nope" } },
  });
  t.is(answer.status, 404);
});
