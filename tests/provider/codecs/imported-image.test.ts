import test from "ava";

import {
  checkImportedImageInputs,
  importedImageToEngine,
} from "../../../provider/codecs/imported-image";
import type { ImportedImageInputs } from "../../../provider/codecs/imported-image";
import { failuresOf, refusesEach } from "./check-table";

const PROVIDER_ID = "6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";
const valid = { providerId: PROVIDER_ID, imageName: "cirros-0.6.2", storageDomain: "data1" };

function checked(input: Record<string, unknown>): ImportedImageInputs {
  const outcome = checkImportedImageInputs(input);
  if (!outcome.ok) {
    throw new Error(JSON.stringify(outcome.failures));
  }
  return outcome.inputs;
}

refusesEach("ImportedImage", checkImportedImageInputs, [
  {
    title: "every required argument missing at once",
    input: {},
    failures: failuresOf(
      ["providerId", "is required"],
      ["storageDomain", "is required"],
      [
        "imageName",
        "is required: give the image's name, or its provider-side id as providerImageId",
      ],
    ),
  },
  {
    title: "a template without a cluster",
    input: { ...valid, importAs: "template" },
    failures: failuresOf(["cluster", 'is required when importAs is "template"']),
  },
  {
    title: "a cluster and a template name for a disk",
    input: { ...valid, cluster: "Default", templateName: "cirros" },
    failures: failuresOf(
      ["cluster", 'applies only when importAs is "template"'],
      ["templateName", 'applies only when importAs is "template"'],
    ),
  },
  {
    title: "an unknown import kind",
    input: { ...valid, importAs: "vm" },
    failures: failuresOf(["importAs", 'must be "disk" or "template" (got "vm")']),
  },
  {
    title: "both an image name and an image id",
    input: { ...valid, providerImageId: "c1f2e3d4" },
    failures: failuresOf([
      "providerImageId",
      "cannot be combined with imageName; give one of them",
    ]),
  },
  {
    title: "a provider id that is no UUID",
    input: { ...valid, providerId: "glance" },
    failures: failuresOf([
      "providerId",
      'must be the engine\'s id of the OpenStack Image provider (a UUID), e.g. the providerId of an OpenStackImageProvider (got "glance")',
    ]),
  },
]);

test("ImportedImage imports as a disk by default", (t) => {
  t.deepEqual(checked(valid), { ...valid, importAs: "disk" });
});

test("ImportedImage asks for a blocking disk import named after the image", (t) => {
  t.deepEqual(importedImageToEngine(checked(valid), "cirros-0.6.2"), {
    storage_domain: { name: "data1" },
    import_as_template: "false",
    disk: { alias: "cirros-0.6.2" },
    async: "false",
  });
});

test("ImportedImage sends the cluster and template name of a template import", (t) => {
  const clusterId = "00000002-0002-0002-0002-000000000002";
  const inputs = checked({
    ...valid,
    importAs: "template",
    cluster: clusterId,
    templateName: "cirros-template",
    diskAlias: "cirros-disk",
  });

  t.deepEqual(importedImageToEngine(inputs, "cirros-0.6.2"), {
    storage_domain: { name: "data1" },
    cluster: { id: clusterId },
    import_as_template: "true",
    disk: { alias: "cirros-disk" },
    template: { name: "cirros-template" },
    async: "false",
  });
});
