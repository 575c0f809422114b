import * as pulumi from "@pulumi/pulumi";

import vmImportResourceProvider = require("../provider/resource-providers/vmware-vm-import");
import { everyDeclaredOutput } from "./declared-outputs";
import type { EngineConnectionArgs } from "./engine-connection";
import { importProperties } from "./import-properties";
import { typeTokenModule, withSecretOutputs } from "./resource-properties";
import type { VmwareProvider } from "./vmware-provider";

const secretArguments = ["password", "connection"] as const;
const outputNames = everyDeclaredOutput<VmwareVmImport>()([
  "vmId",
  "vmName",
  "source",
  "url",
  "username",
  "password",
  "sourceVmName",
  "newName",
  "cluster",
  "storageDomain",
  "proxyHost",
  "sparse",
  "driversIso",
  "removeOnDestroy",
  "connection",
]);

/**
 * The parts of a vCenter source, for an import that does not use a {@link VmwareProvider}. They
 * compose the engine field `url` as
 * `vpx://<username>@<vcenter>/<dataCenter>[/<cluster>]/<esxiHost>[?no_verify=1]`. Only read
 * while importing: changing them later changes the state only.
 */
export interface VmwareSourceArgs {
  /** The vCenter's host name, IPv4 or IPv6 address (no scheme, no port; at most 255 characters). */
  vcenter: pulumi.Input<string>;
  /** The ESXi host that runs the VM, by host name or IP address (at most 255 characters). */
  esxiHost: pulumi.Input<string>;
  /** The VMware data center of the ESXi host, as vCenter names it (at most 255 characters). */
  dataCenter: pulumi.Input<string>;
  /** The VMware cluster of the ESXi host, when it is in one (at most 255 characters). */
  cluster?: pulumi.Input<string>;
  /**
   * Check vCenter's TLS certificate; `false` adds `?no_verify=1` to the URL.
   * @default true
   */
  verifySsl?: pulumi.Input<boolean>;
}

/**
 * Arguments of a {@link VmwareVmImport}.
 *
 * Source-side arguments (`url`, `vmware`, `username`, `password`, `proxyHost`, `driversIso`) are
 * read by the engine only while it imports: changing them later is stored in Pulumi state and
 * sends nothing to the engine, so rotating a vCenter password or editing the
 * {@link VmwareProvider} never imports a VM again. Target-side arguments (`source`,
 * `sourceVmName`, `newName`, `cluster`, `storageDomain`, `sparse`) and the engine of `connection`
 * replace the resource: a new import.
 */
export interface VmwareVmImportArgs {
  /**
   * The VmwareProvider to import from: supplies `url`, `username`, `password` and `proxyHost`
   * wherever they are not given here.
   */
  vmwareProvider?: VmwareProvider;
  /**
   * What the VM comes from (engine field `provider`, one of `vmware`, `kvm`, `xen`). KVM and Xen
   * sources take a `url` such as `qemu+ssh://root@kvm.example.com/system` or
   * `xen+ssh://root@xen.example.com`. Changing it replaces the resource.
   * @default "vmware"
   */
  source?: pulumi.Input<"vmware" | "kvm" | "xen">;
  /**
   * The virt-v2v source URL (engine field `url`), e.g. a VmwareProvider's `url`: at most 2048
   * characters without spaces, with a scheme that fits `source` (`vpx://` for VMware; `qemu://`,
   * `qemu+ssh://`, `qemu+tcp://` or `qemu+tls://` for KVM; `xen+ssh://` for Xen). Give it or
   * `vmware`, not both. Read only while importing; changing it changes the state only.
   */
  url?: pulumi.Input<string>;
  /** For VMware, the parts the URL is composed of, instead of `url`. */
  vmware?: pulumi.Input<VmwareSourceArgs>;
  /**
   * The user virt-v2v logs in as at the source (engine field `username`): at most 64
   * characters. Required for VMware, and whenever a password is given. Read only while
   * importing; changing it changes the state only.
   */
  username?: pulumi.Input<string>;
  /**
   * That user's password (engine field `password`, which the engine never echoes): not empty, at
   * most 200 characters. Required for VMware. Read only while importing, so rotating it changes
   * the state only and imports nothing again. Secret.
   */
  password?: pulumi.Input<string>;
  /**
   * The VM's name at the source (engine field `name`), as vCenter shows it; at most 255
   * characters. Changing it imports another VM: a replacement.
   */
  sourceVmName: pulumi.Input<string>;
  /**
   * The VM's name in oVirt (engine field `vm.name`): letters, digits, `.`, `_` and `-`, at most
   * 255 characters, unique on the engine. Required when the source name has other characters,
   * such as spaces. Changing it replaces the resource.
   * @default sourceVmName
   */
  newName?: pulumi.Input<string>;
  /**
   * The oVirt cluster the VM goes to, by name or id (engine field `cluster`, sent as `{id}` for a
   * UUID and `{name}` otherwise); at most 255 characters. Changing it replaces the resource.
   */
  cluster: pulumi.Input<string>;
  /**
   * The storage domain that receives the VM's disks, by name or id (engine field
   * `storage_domain`, `{id}` for a UUID, `{name}` otherwise); at most 255 characters. Changing
   * it replaces the resource.
   */
  storageDomain: pulumi.Input<string>;
  /**
   * The oVirt host with virt-v2v that runs the conversion, by name or id (engine field `host`,
   * `{id}` or `{name}`); the engine picks a host of the cluster when left out. Read only while
   * importing; changing it changes the state only.
   */
  proxyHost?: pulumi.Input<string>;
  /**
   * Thin-provision the disks (engine field `sparse`, sent as `"true"` or `"false"`); left out,
   * the engine decides. Changing it replaces the resource.
   */
  sparse?: pulumi.Input<boolean>;
  /**
   * The VirtIO drivers ISO to attach for Windows guests (engine field `drivers_iso`, sent as
   * `{"id": <file name>}`), a file of the ISO domain such as `virtio-win.iso`; at most 255
   * characters. Read only while importing; changing it changes the state only.
   */
  driversIso?: pulumi.Input<string>;
  /**
   * Remove the imported VM from the engine on destroy (`DELETE /vms/{id}`; never sent to the
   * import itself). Left false, destroy (and replacement) only forgets the import and the VM
   * stays, as the VM soon holds data of its own. Changing it changes the state only.
   * @default false
   */
  removeOnDestroy?: pulumi.Input<boolean>;
  /**
   * Import on another engine than the stack's; see {@link EngineConnectionArgs}. New
   * credentials change the state only; another engine `url` replaces the resource.
   */
  connection?: pulumi.Input<EngineConnectionArgs>;
}

/**
 * One VM imported into oVirt from VMware vCenter (or from a KVM or Xen host) through the
 * engine's `POST /externalvmimports`, the "Import Virtual Machine(s)" dialog in code. The
 * resource's id is the new VM's id.
 *
 * Create returns as soon as the engine accepts the import (201 with the new VM's id), while
 * virt-v2v is still converting on the proxy host: the VM exists but stays locked until the
 * conversion ends, so it cannot be started, edited or removed before. When the conversion fails
 * later, the engine records an event saying so and drops the half-imported VM; a refresh then
 * reads this import as gone, and the next `pulumi up` imports again. Should a failed VM still be
 * listed, remove it in the Administration Portal before running `pulumi up` again.
 *
 * An import happens once. Source-side arguments (`url`, `vmware`, `username`, `password`,
 * `proxyHost`, `driversIso`) and `removeOnDestroy` change only Pulumi state, so editing the
 * {@link VmwareProvider} (a new password, `verifySsl`) imports nothing again. Target-side
 * arguments (`source`, `sourceVmName`, `newName`, `cluster`, `storageDomain`, `sparse`) replace
 * the resource, which imports the VM again: name it anew with `newName`, or set
 * `removeOnDestroy` so that the old VM is removed first. A VM removed outside Pulumi reads as
 * gone on refresh, and the next `pulumi up` imports it again.
 *
 * @example
 * ```ts
 * const web = new ovirt.VmwareVmImport("web01", {
 *   vmwareProvider: vcenter,
 *   sourceVmName: "web01",
 *   cluster: "Default",
 *   storageDomain: "data1",
 *   sparse: true,
 * });
 * export const webVmId = web.vmId;
 * ```
 */
export class VmwareVmImport extends pulumi.dynamic.Resource {
  /** The imported VM's id in oVirt; also the resource's id. */
  declare readonly vmId: pulumi.Output<string>;
  /** The imported VM's name in oVirt, as the engine last reported it. */
  declare readonly vmName: pulumi.Output<string>;
  declare readonly source: pulumi.Output<"vmware" | "kvm" | "xen">;
  /** The source URL as given (undefined when the import was given `vmware` parts). */
  declare readonly url: pulumi.Output<string | undefined>;
  declare readonly username: pulumi.Output<string | undefined>;
  /** Secret. */
  declare readonly password: pulumi.Output<string | undefined>;
  declare readonly sourceVmName: pulumi.Output<string>;
  declare readonly newName: pulumi.Output<string | undefined>;
  declare readonly cluster: pulumi.Output<string>;
  declare readonly storageDomain: pulumi.Output<string>;
  declare readonly proxyHost: pulumi.Output<string | undefined>;
  declare readonly sparse: pulumi.Output<boolean | undefined>;
  declare readonly driversIso: pulumi.Output<string | undefined>;
  declare readonly removeOnDestroy: pulumi.Output<boolean>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(name: string, args: VmwareVmImportArgs, options?: pulumi.CustomResourceOptions) {
    super(
      vmImportResourceProvider,
      name,
      importProperties(withProviderSource(args), secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "VmwareVmImport",
    );
  }
}

/**
 * The arguments with `vmwareProvider` replaced by what it supplies: its `url` (unless `url` or
 * `vmware` parts are given), `username`, `password` and `proxyHost`, each only where not given.
 * All four are source-side, so while the provider is being changed (its outputs unknown in a
 * preview) the import previews as an in-place change, never as a replacement.
 * @internal
 */
export function withProviderSource(
  args: VmwareVmImportArgs,
): Omit<VmwareVmImportArgs, "vmwareProvider"> {
  const { vmwareProvider, ...declared } = args;
  if (vmwareProvider === undefined) {
    return declared;
  }

  return {
    ...declared,
    url: declared.url ?? (declared.vmware === undefined ? vmwareProvider.url : undefined),
    username: declared.username ?? vmwareProvider.username,
    password: declared.password ?? vmwareProvider.password,
    // An unset proxy host of the provider resolves to undefined: the argument stays unset.
    proxyHost: declared.proxyHost ?? (vmwareProvider.proxyHost as pulumi.Output<string>),
  };
}
