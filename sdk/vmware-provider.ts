import * as pulumi from "@pulumi/pulumi";

import vmwareResourceProvider = require("../provider/resource-providers/vmware-provider");
import { everyDeclaredOutput } from "./declared-outputs";
import { importProperties } from "./import-properties";
import { typeTokenModule, withSecretOutputs } from "./resource-properties";

const secretArguments = ["password"] as const;
const outputNames = everyDeclaredOutput<VmwareProvider>()([
  "url",
  "name",
  "description",
  "vcenter",
  "esxiHost",
  "dataCenter",
  "cluster",
  "verifySsl",
  "destinationDataCenter",
  "proxyHost",
  "username",
  "password",
]);

/** Arguments of a {@link VmwareProvider}. */
export interface VmwareProviderArgs {
  /**
   * The provider's name, as the Administration Portal would show it: letters, digits, `-` and
   * `_`, at most 128 characters. Kept in Pulumi state only.
   * @default the Pulumi resource name
   */
  name?: pulumi.Input<string>;
  /** Free text, kept in Pulumi state only: at most 4000 characters, several lines allowed. */
  description?: pulumi.Input<string>;
  /**
   * The vCenter's host name, IPv4 or IPv6 address, e.g. `vcenter.example.com` (no scheme, no
   * port; at most 255 characters): the host part of the vpx:// URL.
   */
  vcenter: pulumi.Input<string>;
  /**
   * The ESXi host that runs the VMs to import, by host name or IP address (at most 255
   * characters): the last path part of the vpx:// URL.
   */
  esxiHost: pulumi.Input<string>;
  /**
   * The VMware data center that holds the ESXi host, as named in vCenter (at most 255
   * characters, percent-encoded in the URL).
   */
  dataCenter: pulumi.Input<string>;
  /**
   * The VMware cluster that holds the ESXi host, when it is in one (at most 255 characters,
   * percent-encoded in the URL).
   */
  cluster?: pulumi.Input<string>;
  /**
   * Check vCenter's TLS certificate during imports; `false` adds `?no_verify=1` to the URL.
   * @default true
   */
  verifySsl?: pulumi.Input<boolean>;
  /**
   * The oVirt data center the VMs go to, as the portal's "Data Center" field; `"any"` leaves
   * the choice to each import.
   * @default "any"
   */
  destinationDataCenter?: pulumi.Input<string>;
  /**
   * The oVirt host with virt-v2v installed that runs the conversions, by name. Needs
   * `destinationDataCenter`: the host must belong to it. Imports made with
   * {@link VmwareVmImportArgs.vmwareProvider} use it unless they name their own.
   */
  proxyHost?: pulumi.Input<string>;
  /**
   * The vCenter user, e.g. `administrator@vsphere.local`; at most 64 characters. It becomes the
   * user part of the URL (percent-encoded) and each import's engine field `username`.
   */
  username: pulumi.Input<string>;
  /**
   * The vCenter user's password, handed to each import as its engine field `password`: not
   * empty, at most 200 characters. Secret; never part of the URL.
   */
  password: pulumi.Input<string>;
}

/**
 * A VMware vCenter as a source of VM imports: the "VMware" type of the "Add Provider" window.
 *
 * Limitation, on purpose: **this resource exists only in Pulumi state, not on the engine.** The
 * engine's REST API has no collection for VMware (nor KVM or Xen) providers in any version; the
 * Administration Portal stores them through an internal channel. What the portal would add is a
 * provider listed under Administration > Providers, its "Test" button (listing the VMs through
 * the proxy host) and a remembered source in the "Import Virtual Machine(s)" dialog. None of that
 * is reachable through REST, so nothing here appears in the portal. What REST offers is
 * `POST /externalvmimports`, which takes the source URL and credentials inline: this resource
 * checks the arguments, composes the virt-v2v URL
 * `vpx://<user>@<vcenter>/<DataCenter>[/<Cluster>]/<esxiHost>[?no_verify=1]` and hands it, with the
 * credentials, to each {@link VmwareVmImport}. Refresh re-checks the stored arguments and destroy
 * only forgets them; neither talks to an engine, so no engine connection is needed.
 *
 * Every change is made in place. The imports that use this provider keep their VMs: a new URL,
 * user, password or proxy host only reaches their state, as the engine reads those only while
 * importing (see {@link VmwareVmImport}).
 *
 * @example
 * ```ts
 * const vcenter = new ovirt.VmwareProvider("vcenter", {
 *   vcenter: "vcenter.example.com",
 *   esxiHost: "esxi01.example.com",
 *   dataCenter: "Datacenter",
 *   cluster: "Production",
 *   username: "administrator@vsphere.local",
 *   password: config.requireSecret("vcenterPassword"),
 * });
 * export const v2vUrl = vcenter.url; // vpx://administrator%40vsphere.local@vcenter.example.com/...
 * ```
 */
export class VmwareProvider extends pulumi.dynamic.Resource {
  /** The virt-v2v source URL composed from the arguments; what the engine's import needs. */
  declare readonly url: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly vcenter: pulumi.Output<string>;
  declare readonly esxiHost: pulumi.Output<string>;
  declare readonly dataCenter: pulumi.Output<string>;
  declare readonly cluster: pulumi.Output<string | undefined>;
  declare readonly verifySsl: pulumi.Output<boolean>;
  declare readonly destinationDataCenter: pulumi.Output<string>;
  declare readonly proxyHost: pulumi.Output<string | undefined>;
  declare readonly username: pulumi.Output<string>;
  /** Secret. */
  declare readonly password: pulumi.Output<string>;

  constructor(name: string, args: VmwareProviderArgs, options?: pulumi.CustomResourceOptions) {
    super(
      vmwareResourceProvider,
      name,
      importProperties({ ...args, name: args.name ?? name }, secretArguments, outputNames),
      withSecretOutputs(options, secretArguments),
      typeTokenModule,
      "VmwareProvider",
    );
  }
}
