import * as pulumi from "@pulumi/pulumi";

import importedImageResourceProvider = require("../provider/resource-providers/imported-image");
import { everyDeclaredOutput } from "./declared-outputs";
import type { EngineConnectionArgs } from "./engine-connection";
import { importProperties } from "./import-properties";
import { typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["connection"] as const;
const outputNames = everyDeclaredOutput<ImportedImage>()([
  "diskId",
  "templateId",
  "name",
  "externalImageId",
  "storageDomainId",
  "providerId",
  "imageName",
  "storageDomain",
  "importAs",
  "cluster",
  "diskAlias",
  "templateName",
  "connection",
]);

/**
 * Arguments of an {@link ImportedImage}. Give `imageName` or `providerImageId`, not both. Every
 * argument but the credentials of `connection` replaces the resource when changed: a new import.
 */
export interface ImportedImageArgs {
  /**
   * The engine's id of the Glance provider (a UUID): an {@link OpenStackImageProvider}'s
   * `providerId`. It picks the path `/openstackimageproviders/{id}/images/{imageId}/import`.
   */
  providerId: pulumi.Input<string>;
  /** The image's name in Glance (at most 255 characters); it must be unique there. */
  imageName?: pulumi.Input<string>;
  /** The image's id in Glance, instead of its name (at most 255 characters). */
  providerImageId?: pulumi.Input<string>;
  /**
   * The data storage domain that receives the copy, by name or id (engine field
   * `storage_domain`, `{id}` for a UUID, `{name}` otherwise); at most 255 characters.
   */
  storageDomain: pulumi.Input<string>;
  /**
   * What the image becomes (engine field `import_as_template`, `"false"` for a disk and `"true"`
   * for a template): a floating `"disk"`, or a `"template"` (which needs `cluster`).
   * @default "disk"
   */
  importAs?: pulumi.Input<"disk" | "template">;
  /**
   * The cluster of the template, by name or id (engine field `cluster`, `{id}` or `{name}`); at
   * most 255 characters. Required for, and only allowed with, `importAs: "template"`.
   */
  cluster?: pulumi.Input<string>;
  /**
   * The alias of the new disk (engine field `disk.alias`); at most 255 characters. Aliases need
   * not be unique, but two imports of one alias into one storage domain at once cannot tell
   * their disks apart. A template's disk gets it too.
   * @default the image's name in Glance
   */
  diskAlias?: pulumi.Input<string>;
  /**
   * The new template's name (engine field `template.name`); at most 255 characters, unique on
   * the engine. Only allowed with `importAs: "template"`.
   * @default the image's name in Glance
   */
  templateName?: pulumi.Input<string>;
  /** Import on another engine than the stack's; see {@link EngineConnectionArgs}. */
  connection?: pulumi.Input<EngineConnectionArgs>;
}

/**
 * A Glance image copied into a storage domain as a floating disk, or made a template, as the
 * Administration Portal's "Import" of an image does
 * (`POST /openstackimageproviders/{id}/images/{imageId}/import`, waiting for the copy). The
 * resource's id is the new disk's or template's id.
 *
 * Changing any argument replaces the resource with a new import (a template is removed first,
 * as template names are unique). Destroy removes the disk, or the template with its disk; the
 * engine refuses while a VM uses it, and the error says so. The image stays in Glance.
 *
 * @example
 * ```ts
 * const cirros = new ovirt.ImportedImage("cirros", {
 *   providerId: glance.providerId,
 *   imageName: "cirros-0.6.2",
 *   storageDomain: "data1",
 *   importAs: "template",
 *   cluster: "Default",
 * });
 * export const cirrosTemplateId = cirros.templateId;
 * ```
 */
export class ImportedImage extends pulumi.dynamic.Resource {
  /** The new disk's id, when imported as a disk; also the resource's id then. */
  declare readonly diskId: pulumi.Output<string | undefined>;
  /** The new template's id, when imported as a template; also the resource's id then. */
  declare readonly templateId: pulumi.Output<string | undefined>;
  /** The disk's alias or the template's name, as the engine last reported it. */
  declare readonly name: pulumi.Output<string>;
  /** Glance's id of the image. */
  declare readonly externalImageId: pulumi.Output<string>;
  /** The engine's id of the storage domain that holds the copy. */
  declare readonly storageDomainId: pulumi.Output<string>;
  declare readonly providerId: pulumi.Output<string>;
  declare readonly imageName: pulumi.Output<string | undefined>;
  declare readonly storageDomain: pulumi.Output<string>;
  declare readonly importAs: pulumi.Output<"disk" | "template">;
  declare readonly cluster: pulumi.Output<string | undefined>;
  declare readonly diskAlias: pulumi.Output<string | undefined>;
  declare readonly templateName: pulumi.Output<string | undefined>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(name: string, args: ImportedImageArgs, options?: pulumi.CustomResourceOptions) {
    super(
      importedImageResourceProvider,
      name,
      importProperties(args, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "ImportedImage",
    );
  }
}
