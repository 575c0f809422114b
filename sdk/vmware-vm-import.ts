import * as pulumi from "@pulumi/pulumi";

import vmImportResourceProvider = require("../provider/resource-providers/vmware-vm-import");
import type { EngineConnectionArgs } from "./engine-connection";
import { importProperties } from "./import-properties";
import { typeTokenModule, withSecretOutputs } from "./resource-properties";
import type { VmwareProvider } from "./vmware-provider";

const secretArguments = ["password", "connection"] as const;

/** The parts of a vCenter source, for an import that does not use a {@link VmwareProvider}. */
export interface VmwareSourceArgs {
  /** The vCenter's host name or IP address. */
  vcenter: pulumi.Input<string>;
  /** The ESXi host that runs the VM. */
  esxiHost: pulumi.Input<string>;
  /** The VMware data center of the ESXi host. */
  dataCenter: pulumi.Input<string>;
  /** The VMware cluster of the ESXi host, when it is in one. */
  cluster?: pulumi.Input<string>;
  /**
   * Check vCenter's TLS certificate.
   * @default true
   */
  verifySsl?: pulumi.Input<boolean>;
}

/** Arguments of a {@link VmwareVmImport}. */
export interface VmwareVmImportArgs {
  /**
   * The VmwareProvider to import from: supplies `url`, `username`, `password` and `proxyHost`
   * wherever they are not given here.
   */
  vmwareProvider?: VmwareProvider;
  /**
   * What the VM comes from (engine field `provider`). KVM and Xen sources take a `url` such as
   * `qemu+ssh://root@kvm.example.com/system` or `xen+ssh://root@xen.example.com`.
   * @default "vmware"
   */
  source?: pulumi.Input<"vmware" | "kvm" | "xen">;
  /** The virt-v2v source URL (engine field `url`), e.g. a VmwareProvider's `url`. */
  url?: pulumi.Input<string>;
  /** For VMware, the parts the URL is composed of, instead of `url`. */
  vmware?: pulumi.Input<VmwareSourceArgs>;
  /** The user virt-v2v logs in as at the source. Required for VMware. */
  username?: pulumi.Input<string>;
  /** That user's password. Secret. Required for VMware; changing it imports nothing again. */
  password?: pulumi.Input<string>;
  /** The VM's name at the source (engine field `name`), as vCenter shows it. */
  sourceVmName: pulumi.Input<string>;
  /**
   * The VM's name in oVirt (engine field `vm.name`): letters, digits, `.`, `_` and `-`. Required
   * when the source name has other characters, such as spaces.
   * @default sourceVmName
   */
  newName?: pulumi.Input<string>;
  /** The oVirt cluster the VM goes to, by name or id. */
  cluster: pulumi.Input<string>;
  /** The storage domain that receives the VM's disks, by name or id. */
  storageDomain: pulumi.Input<string>;
  /**
   * The oVirt host with virt-v2v that runs the conversion, by name or id (engine field `host`);
   * the engine picks one of the cluster when left out.
   */
  proxyHost?: pulumi.Input<string>;
  /**
   * Thin-provision the disks (engine field `sparse`); left out, the engine decides.
   */
  sparse?: pulumi.Input<boolean>;
  /** The VirtIO drivers ISO to attach for Windows guests, e.g. `virtio-win.iso`. */
  driversIso?: pulumi.Input<string>;
  /**
   * Remove the imported VM from the engine on destroy. Left false, destroy (and replacement)
   * only forgets the import and the VM stays, as the VM soon holds data of its own.
   * @default false
   */
  removeOnDestroy?: pulumi.Input<boolean>;
  /** Import on another engine than the stack's; see {@link EngineConnectionArgs}. */
  connection?: pulumi.Input<EngineConnectionArgs>;
}

/**
 * One VM imported into oVirt from VMware vCenter (or from a KVM or Xen host) through the
 * engine's `POST /externalvmimports`, the "Import Virtual Machine(s)" dialog in code. The
 * resource's id is the new VM's id.
 *
 * An import happens once: changing any argument other than `removeOnDestroy` or `password`
 * replaces the resource, which imports the VM again (name it anew with `newName`, or set
 * `removeOnDestroy` so that the old VM is removed first). Refresh reads the VM as gone when it
 * was removed outside Pulumi, and the next `pulumi up` imports it again.
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
  declare readonly sourceVmName: pulumi.Output<string>;
  declare readonly cluster: pulumi.Output<string>;
  declare readonly storageDomain: pulumi.Output<string>;
  declare readonly removeOnDestroy: pulumi.Output<boolean>;
  /** Secret. */
  declare readonly password: pulumi.Output<string | undefined>;
  /** Secret. */
  declare readonly connection: pulumi.Output<pulumi.Unwrap<EngineConnectionArgs> | undefined>;

  constructor(name: string, args: VmwareVmImportArgs, options?: pulumi.CustomResourceOptions) {
    super(
      vmImportResourceProvider,
      name,
      importProperties(withProviderSource(args), secretArguments, ["vmId", "vmName"]),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "VmwareVmImport",
    );
  }
}

/**
 * The arguments with `vmwareProvider` replaced by what it supplies: its `url` (unless `url` or
 * `vmware` parts are given), `username`, `password` and `proxyHost`, each only where not given.
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
