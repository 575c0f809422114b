import test from "ava";
import { call } from "./helpers/engine-call";
import { importFirstImage } from "./helpers/image-imports";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { reachableHosts: ["glance.example.com"] });

/** Imports an image as a floating disk named `alias` in data1; returns the disk's id. */
async function importedDisk(alias: string): Promise<string> {
  await importFirstImage(simulator(), { disk: { alias } });
  return simulator()
    .inventory.disks()
    .find((disk) => disk.alias === alias)?.id as string;
}

test("a storage domain lists the disks an image import put there", async (t) => {
  const alias = uniqueName("disk");
  const id = await importedDisk(alias);
  const domainId = simulator().inventory.storageDomains()[0]?.id as string;
  const answer = await call(simulator(), "GET", `/storagedomains/${domainId}/disks`);
  t.is(answer.status, 200);
  const disks = answer.json().disk as Array<Record<string, unknown>>;
  t.deepEqual(
    disks.find((disk) => disk.id === id),
    {
      alias,
      status: "ok",
      storage_type: "image",
      storage_domains: {
        storage_domain: [{ href: `/ovirt-engine/api/storagedomains/${domainId}`, id: domainId }],
      },
      name: alias,
      href: `/ovirt-engine/api/disks/${id}`,
      id,
    },
  );
});

test("a storage domain without disks lists none, and an unknown one is 404", async (t) => {
  const emptyDomain = simulator().inventory.addStorageDomain(uniqueName("sd"), "Default");
  t.is((await call(simulator(), "GET", `/storagedomains/${emptyDomain}/disks`)).text, "{ }");
  const unknown = await call(
    simulator(),
    "GET",
    "/storagedomains/0d1e2f30-0000-4000-8000-000000000000/disks",
  );
  t.deepEqual([unknown.status, unknown.text], [404, ""]);
});

test("a disk is read by id, and an unknown id is 404 with an empty body", async (t) => {
  const alias = uniqueName("disk");
  const id = await importedDisk(alias);
  t.like((await call(simulator(), "GET", `/disks/${id}`)).json(), { alias, id });
  const unknown = await call(simulator(), "GET", "/disks/0d1e2f30-0000-4000-8000-000000000001");
  t.deepEqual([unknown.status, unknown.text], [404, ""]);
});

test("removing a floating disk answers complete and takes it out of its storage domain", async (t) => {
  const id = await importedDisk(uniqueName("disk"));
  const removed = await call(simulator(), "DELETE", `/disks/${id}`);
  t.deepEqual([removed.status, removed.json()], [200, { status: "complete" }]);
  t.false(
    simulator()
      .inventory.disks()
      .some((disk) => disk.id === id),
  );
  t.is((await call(simulator(), "GET", `/disks/${id}`)).status, 404);
  t.is((await call(simulator(), "DELETE", `/disks/${id}`)).status, 404);
});
