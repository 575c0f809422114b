/**
 * ImportedImage: a Glance image imported into a storage domain as a floating disk, or as a
 * template in a cluster, through POST /openstackimageproviders/{id}/images/{imageId}/import
 * (engine-api.md section 3.2). The engine requires the storage domain, and the cluster when the
 * image becomes a template; the disk alias and template name default to the image's name.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { writeBoolean } from "../engine/wire-format";
import { checkInputs } from "./check-inputs";
import { definedOnly } from "./engine-json";
import { EngineConnectionInputs, engineConnectionSecretPaths } from "./engine-connection";
import {
  engineIdArgument,
  engineObjectReference,
  engineReferenceTo,
} from "./engine-object-reference";
import { isGiven, mayBeGiven } from "./given-arguments";
import { exactlyOneOf } from "./provider-item-choice";
import { oneOf, textArgument } from "./scalar-arguments";
import type { ObjectRule } from "./strict-object";
import { strictObject } from "./strict-object";
import { withDefault } from "./with-default";

/** Defaults of ImportedImage; the SDK repeats each one as @default. */
export const IMPORTED_IMAGE_DEFAULTS = { importAs: "disk" } as const;

/** The cluster and template name belong to a template; the disk alias to a disk. */
const fieldsFitImportAs: ObjectRule = (input) => {
  const importAs = input.importAs ?? IMPORTED_IMAGE_DEFAULTS.importAs;
  if (importAs === "template") {
    return mayBeGiven(input, "cluster")
      ? []
      : [{ path: ["cluster"], message: 'is required when importAs is "template"' }];
  }

  if (importAs !== "disk") {
    return [];
  }

  return ["cluster", "templateName"]
    .filter((name) => isGiven(input, name))
    .map((name) => ({
      path: [name],
      message: 'applies only when importAs is "template"',
    }));
};

export const ImportedImageInputs = strictObject({
  label: "ImportedImage",
  expectation: "must be an object of ImportedImage arguments",
  required: {
    providerId: engineIdArgument(
      "OpenStack Image provider",
      "the providerId of an OpenStackImageProvider",
    ),
    storageDomain: engineObjectReference("storage domain"),
    importAs: withDefault(
      oneOf("importAs", ["disk", "template"] as const),
      IMPORTED_IMAGE_DEFAULTS.importAs,
    ),
  },
  optional: {
    imageName: textArgument("image name", { maxLength: 255 }),
    providerImageId: textArgument("provider-side image id", { maxLength: 255 }),
    cluster: engineObjectReference("cluster"),
    diskAlias: textArgument("disk alias", { maxLength: 255 }),
    templateName: textArgument("template name", { maxLength: 255 }),
    connection: EngineConnectionInputs,
  },
  rules: [exactlyOneOf("imageName", "providerImageId", "image"), fieldsFitImportAs],
});
export type ImportedImageInputs = t.TypeOf<typeof ImportedImageInputs>;

export const importedImageSecretPaths: readonly string[] = engineConnectionSecretPaths;

export function checkImportedImageInputs(news: unknown): CheckOutcome<ImportedImageInputs> {
  return checkInputs(ImportedImageInputs, importedImageSecretPaths, news);
}

/**
 * The body of the import action for an image of this name. `async: "false"` makes the engine
 * answer once the copy is done (200) rather than at once with the action pending (202).
 */
export function importedImageToEngine(
  inputs: ImportedImageInputs,
  imageName: string,
): Record<string, unknown> {
  const asTemplate = inputs.importAs === "template";

  return definedOnly({
    storage_domain: engineReferenceTo(inputs.storageDomain),
    cluster: inputs.cluster === undefined ? undefined : engineReferenceTo(inputs.cluster),
    import_as_template: writeBoolean(asTemplate),
    disk: { alias: inputs.diskAlias ?? imageName },
    template: asTemplate ? { name: inputs.templateName ?? imageName } : undefined,
    async: writeBoolean(false),
  });
}
