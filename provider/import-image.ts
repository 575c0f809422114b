/**
 * Importing a Glance image: pick the image among those the provider serves, note the disks of
 * that alias already in the storage domain (or make sure no template has the name), POST the
 * import action with `async: "false"`, then find what the import made: the one new disk of that
 * alias, or the template of that name. Both lookups run before the POST too, so an engine that
 * cannot answer them fails the step before anything is imported.
 *
 * The POST is never sent twice: after a lost answer the same lookup decides what happened. An
 * engine that still answers 202 (the copy running) is fine too: the disk or template exists,
 * locked, from the start of the copy.
 */
import type { ImportedImageInputs } from "./codecs/imported-image";
import { importedImageToEngine } from "./codecs/imported-image";
import type { EngineClient } from "./engine/engine-client";
import { isAnswerLost } from "./engine/engine-error";
import type { ImageCopyKind } from "./engine-image-copies";
import { diskIdsInDomain, templatesNamed } from "./engine-image-copies";
import { engineObjectId, storageDomains } from "./engine-object-id";
import type { Logger } from "./logger";
import type { ProviderItems } from "./provider-items";
import { findProviderItem, importActionPath } from "./provider-items";
import { messageOf } from "./error-message";

export const providerImages: ProviderItems = {
  providerCollection: "openstackimageproviders",
  itemsPath: "images",
  itemTag: "openstack_image",
  noun: "image",
  providerNoun: "OpenStack Image provider",
};

export interface ImportedImageOutcome {
  kind: ImageCopyKind;
  /** The disk's or the template's id. */
  id: string;
  /** The disk alias or template name. */
  name: string;
  /** Glance's id of the image. */
  externalImageId: string;
  storageDomainId: string;
}

async function findNewCopy(
  client: EngineClient,
  kind: ImageCopyKind,
  storageDomainId: string,
  name: string,
  before: readonly string[],
): Promise<string[]> {
  if (kind === "template") {
    return (await templatesNamed(client, name)).map((template) => template.id);
  }

  const disksAfter = await diskIdsInDomain(client, storageDomainId, name);
  return disksAfter.filter((id) => !before.includes(id));
}

/**
 * Before the POST: the disks of that alias already there, or the check that no template has the
 * name (the engine would refuse it); either lookup failing stops the import before it starts.
 */
async function copiesBefore(
  client: EngineClient,
  kind: ImageCopyKind,
  storageDomainId: string,
  name: string,
): Promise<string[]> {
  if (kind === "disk") {
    return diskIdsInDomain(client, storageDomainId, name);
  }

  const [holder] = await templatesNamed(client, name);
  if (holder !== undefined) {
    throw new Error(
      `A template named "${name}" already exists on engine ${client.apiUrl} (id ${holder.id}); ` +
        `give templateName to import under another name, or remove that template.`,
    );
  }
  return [];
}

export async function importImage(
  client: EngineClient,
  inputs: ImportedImageInputs,
  logger: Logger,
): Promise<ImportedImageOutcome> {
  const image = await findProviderItem(client, providerImages, inputs.providerId, {
    name: inputs.imageName,
    id: inputs.providerImageId,
  });
  const imageName = String(image.name);
  const kind: ImageCopyKind = inputs.importAs;
  const name = (kind === "template" ? inputs.templateName : inputs.diskAlias) ?? imageName;
  const storageDomainId = await engineObjectId(client, storageDomains, inputs.storageDomain);
  const before = await copiesBefore(client, kind, storageDomainId, name);

  try {
    await client.post(
      importActionPath(providerImages, inputs.providerId, image.id),
      importedImageToEngine(inputs, imageName),
    );
  } catch (error) {
    if (!isAnswerLost(error)) {
      throw error;
    }
    logger.info(`the answer to importing image ${imageName} was lost; looking for the ${kind}`);
  }

  const where =
    `After importing the image "${imageName}" into storage domain ${storageDomainId} ` +
    `on engine ${client.apiUrl}`;
  const found = await findNewCopy(client, kind, storageDomainId, name, before).catch(
    (error: unknown) => {
      const said = messageOf(error);
      throw new Error(
        `${where}, looking for the new ${kind} "${name}" failed (${said}). The ${kind} may ` +
          `exist: remove it, or it will be imported twice on the next pulumi up.`,
        { cause: error },
      );
    },
  );
  if (found.length !== 1) {
    const what =
      found.length === 0
        ? `no new ${kind} named "${name}" is there, so nothing was imported. Run pulumi up again.`
        : `${found.length} new ${kind}s named "${name}" appeared (ids ${found.join(", ")}), so ` +
          `this import cannot tell which is its own; give each import its own diskAlias.`;
    throw new Error(`${where}, ${what}`);
  }

  return { kind, id: found[0], name, externalImageId: image.id, storageDomainId };
}
