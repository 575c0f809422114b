/**
 * The dynamic provider of ImportedImage: a Glance image imported as a floating disk or as a
 * template.
 *
 * The resource's id is the disk's or the template's id. Refresh reads it by id (gone when
 * removed outside Pulumi); destroy removes it (a template with its disk), and passes on the
 * engine's words when a VM still uses it. An import cannot be changed, so every change is a new
 * import; a template is removed first, since template names are unique on the engine.
 *
 * This object is the module's whole `module.exports`, so Pulumi stores only a `require` of this
 * file's path in state: keep the path stable.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { ImportedImageInputs } from "../codecs/imported-image";
import { checkImportedImageInputs } from "../codecs/imported-image";
import { argumentsToCheck, declaredInputs, outputsAfterInPlaceUpdate } from "../computed-outputs";
import { rememberStackConfig } from "../connection-settings";
import { findImageCopy, removeImageCopy } from "../engine-image-copies";
import { checkResultWithConnection } from "../check-result";
import { diffImport } from "../import-diff";
import { importImage } from "../import-image";
import { definedOnly } from "../codecs/engine-json";
import { defaultLogger } from "../logger";
import { engineClientFor } from "../resource-engine-client";

/** Outputs that are no inputs. */
const computedNames = [
  "diskId",
  "templateId",
  "name",
  "externalImageId",
  "storageDomainId",
] as const;

function inputsOf(properties: Record<string, unknown>): ImportedImageInputs {
  return declaredInputs<ImportedImageInputs>(properties, computedNames);
}

function nameOf(properties: Record<string, unknown>, id: string): string {
  return typeof properties.name === "string" ? properties.name : id;
}

const importedImageResourceProvider: dynamic.ResourceProvider = {
  async configure(request) {
    rememberStackConfig(request.config);
  },

  async check(_olds, news) {
    const given = argumentsToCheck(news, computedNames);
    return checkResultWithConnection(checkImportedImageInputs(given), given.connection);
  },

  async diff(_id, olds, news) {
    return diffImport(
      {
        computedNames,
        changedInPlace: [],
        deleteFirst: (before) => before.importAs === "template",
      },
      olds,
      news,
    );
  },

  async create(properties) {
    const inputs = inputsOf(properties);
    const copy = await importImage(engineClientFor(inputs.connection), inputs, defaultLogger);
    const outs = {
      ...inputs,
      diskId: copy.kind === "disk" ? copy.id : undefined,
      templateId: copy.kind === "template" ? copy.id : undefined,
      name: copy.name,
      externalImageId: copy.externalImageId,
      storageDomainId: copy.storageDomainId,
    };
    return { id: copy.id, outs: definedOnly(outs) };
  },

  async read(id, properties) {
    const stored = properties ?? {};
    const inputs = inputsOf(stored);
    const copy = await findImageCopy(engineClientFor(inputs.connection), inputs.importAs, id);
    if (copy === undefined) {
      return { id: "" };
    }

    const name = (inputs.importAs === "disk" ? copy.alias : copy.name) ?? stored.name;
    return { id, props: definedOnly({ ...stored, name }), inputs: definedOnly(inputs) };
  },

  async update(_id, olds, news) {
    // Only the engine connection's credentials change in place; the import stays as it was.
    return { outs: outputsAfterInPlaceUpdate(olds, news, computedNames) };
  },

  async delete(id, properties) {
    const inputs = inputsOf(properties);
    const client = engineClientFor(inputs.connection);
    await removeImageCopy(client, inputs.importAs, id, nameOf(properties, id));
  },
};

export = importedImageResourceProvider;
