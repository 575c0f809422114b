/**
 * Image imports against a scripted engine, which can answer in ways the simulator does not
 * (lost answers, look-alike disks, refusals). The plain import, read and removal of a disk and
 * of a template run against the simulator in plugin-imports.test.ts.
 */
import test from "ava";

import type { ImportedImageInputs } from "../../provider/codecs/imported-image";
import { createEngineClient } from "../../provider/engine/engine-client";
import { findImageCopy, removeImageCopy } from "../../provider/engine-image-copies";
import { importImage } from "../../provider/import-image";
import type { FakeEngine } from "../helpers/fake-engine";
import { fakeEngine, socketError } from "../helpers/fake-engine";

const API = "/ovirt-engine/api";
const PROVIDER = "6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";
const IMAGE = { id: "c1f2e3d4-0000-4000-8000-000000000001", name: "cirros-0.6.2" };
const IMPORT_PATH = `${API}/openstackimageproviders/${PROVIDER}/images/${IMAGE.id}/import`;
const DISKS_PATH = `${API}/storagedomains/sd1/disks`;

const diskInputs: ImportedImageInputs = {
  providerId: PROVIDER,
  imageName: IMAGE.name,
  storageDomain: "data1",
  importAs: "disk",
};

/** The engine's answers up to the import: the image list and the storage domain by name. */
function servesImageAndDomain(engine: FakeEngine): void {
  engine.acceptLogin();
  engine.scope
    .get(`${API}/openstackimageproviders/${PROVIDER}/images`)
    .reply(200, { openstack_image: [IMAGE, { id: "other", name: "fedora-cloud-40" }] })
    .get(`${API}/storagedomains`)
    .query({ search: "name=data1" })
    .reply(200, { storage_domain: [{ id: "sd1", name: "data1" }] });
}

const oldDisk = { id: "old", alias: IMAGE.name };

test("a disk import returns the one disk of that alias that was not there before", async (t) => {
  const engine = fakeEngine(t);
  servesImageAndDomain(engine);
  engine.scope
    .get(DISKS_PATH)
    .reply(200, { disk: [oldDisk] })
    .post(IMPORT_PATH, {
      storage_domain: { name: "data1" },
      import_as_template: "false",
      disk: { alias: IMAGE.name },
      async: "false",
    })
    .reply(200, { status: "complete" })
    .get(DISKS_PATH)
    .reply(200, { disk: [oldDisk, { id: "new", alias: IMAGE.name }, { id: "x", alias: "x" }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await importImage(client, diskInputs, engine.log.logger), {
    kind: "disk",
    id: "new",
    name: IMAGE.name,
    externalImageId: IMAGE.id,
    storageDomainId: "sd1",
  });
  engine.assertDone();
});

test("a template import returns the template of that name", async (t) => {
  const engine = fakeEngine(t);
  servesImageAndDomain(engine);
  engine.scope
    .get(`${API}/templates`)
    .query({ search: "name=cirros" })
    .reply(200, {})
    .post(IMPORT_PATH)
    .reply(200, { status: "complete" })
    .get(`${API}/templates`)
    .query({ search: "name=cirros" })
    .reply(200, { template: [{ id: "t1", name: "cirros" }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);
  const inputs: ImportedImageInputs = {
    ...diskInputs,
    importAs: "template",
    cluster: "Default",
    templateName: "cirros",
  };

  t.like(await importImage(client, inputs, engine.log.logger), { kind: "template", id: "t1" });
  engine.assertDone();
});

test("a template name already taken stops the import before the POST", async (t) => {
  const engine = fakeEngine(t);
  servesImageAndDomain(engine);
  engine.scope
    .get(`${API}/templates`)
    .query({ search: `name=${IMAGE.name}` })
    .reply(200, { template: [{ id: "t0", name: IMAGE.name }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);
  const inputs: ImportedImageInputs = { ...diskInputs, importAs: "template", cluster: "Default" };

  const error = await t.throwsAsync(importImage(client, inputs, engine.log.logger));

  t.regex(
    error.message,
    /A template named "cirros-0\.6\.2" already exists on engine \S+ \(id t0\)/,
  );
  engine.assertDone();
});

test("after a lost answer the new disk is found without a second POST", async (t) => {
  const engine = fakeEngine(t);
  servesImageAndDomain(engine);
  engine.scope
    .get(DISKS_PATH)
    .reply(200, {})
    .post(IMPORT_PATH)
    .once()
    .replyWithError(socketError("ECONNRESET", "socket hang up"))
    .get(DISKS_PATH)
    .reply(200, { disk: [{ id: "new", alias: IMAGE.name }] });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.like(await importImage(client, diskInputs, engine.log.logger), { id: "new" });
  engine.assertDone();
});

test("two new disks of one alias fail asking for distinct aliases", async (t) => {
  const engine = fakeEngine(t);
  servesImageAndDomain(engine);
  engine.scope
    .get(DISKS_PATH)
    .reply(200, {})
    .post(IMPORT_PATH)
    .reply(200, { status: "complete" })
    .get(DISKS_PATH)
    .reply(200, {
      disk: [
        { id: "a", alias: IMAGE.name },
        { id: "b", alias: IMAGE.name },
      ],
    });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importImage(client, diskInputs, engine.log.logger));

  t.regex(error.message, /2 new disks named "cirros-0\.6\.2" appeared \(ids a, b\)/);
  engine.assertDone();
});

test("a failed lookup after the import warns that the disk may exist", async (t) => {
  const engine = fakeEngine(t);
  servesImageAndDomain(engine);
  engine.scope
    .get(DISKS_PATH)
    .reply(200, {})
    .post(IMPORT_PATH)
    .reply(200, { status: "complete" })
    .get(DISKS_PATH)
    .reply(403, { reason: "Operation Failed", detail: "[User is not authorized.]" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(importImage(client, diskInputs, engine.log.logger));

  t.regex(error.message, /looking for the new disk "cirros-0\.6\.2" failed \(.*HTTP 403/);
  t.regex(error.message, /The disk may exist: remove it, or it will be imported twice/);
  engine.assertDone();
});

test("a template in use is not removed, and the error says why", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.delete(`${API}/templates/t1`).reply(409, {
    reason: "Operation Failed",
    detail: "[Cannot delete Template. Template is being used by the following VMs: web01.]",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(removeImageCopy(client, "template", "t1", "cirros"));

  t.is(
    error.message,
    `The engine ${engine.apiUrl} refuses to remove the imported template "cirros" (id t1): ` +
      `Cannot delete Template. Template is being used by the following VMs: web01. Remove the ` +
      `VMs made from the template, or let them no longer depend on it, then destroy again.`,
  );
  engine.assertDone();
});

test("a disk is removed once and a disk already gone counts as removed", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .delete(`${API}/disks/d1`)
    .reply(200, { status: "complete" })
    .delete(`${API}/disks/d1`)
    .reply(404, "")
    .get(`${API}/disks/d1`)
    .reply(404, "");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await removeImageCopy(client, "disk", "d1", "cirros");
  await removeImageCopy(client, "disk", "d1", "cirros");

  t.is(await findImageCopy(client, "disk", "d1"), undefined);
  engine.assertDone();
});
