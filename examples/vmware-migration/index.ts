/**
 * A migration wave from VMware: the vCenter as a VMware provider, and each VM of the wave imported
 * through virt-v2v on a proxy host into an oVirt cluster and storage domain. Adding a VM to the
 * `vms` setting imports it on the next `pulumi up`; the imported VMs stay in oVirt when the stack
 * is destroyed unless `removeOnDestroy` is set.
 */
import * as pulumi from "@pulumi/pulumi";
import * as ovirt from "pulumi-ovirt-external-providers";

const config = new pulumi.Config();
const vms = config.getObject<string[]>("vms") ?? ["web-01", "db-01"];

// The engine's REST API keeps no VMware provider: this one lives in Pulumi state and composes
// the virt-v2v URL the imports use (see the class documentation).
const vcenter = new ovirt.VmwareProvider("vcenter", {
  description: "Production vCenter",
  vcenter: config.get("vcenter") ?? "vcenter.example.com",
  esxiHost: config.get("esxiHost") ?? "esxi-01.example.com",
  dataCenter: config.get("vmwareDataCenter") ?? "Datacenter",
  cluster: config.get("vmwareCluster") ?? "Production",
  verifySsl: config.getBoolean("verifySsl") ?? true,
  destinationDataCenter: config.get("dataCenter") ?? "Default",
  proxyHost: config.get("proxyHost") ?? "host1",
  username: config.get("vmwareUsername") ?? "administrator@vsphere.local",
  password: config.requireSecret("vmwarePassword"),
});

const imports = vms.map(
  (vmName) =>
    new ovirt.VmwareVmImport(vmName, {
      vmwareProvider: vcenter,
      sourceVmName: vmName,
      newName: `${vmName}-ovirt`,
      cluster: config.get("cluster") ?? "Default",
      storageDomain: config.get("storageDomain") ?? "data1",
      sparse: true,
      removeOnDestroy: config.getBoolean("removeOnDestroy") ?? false,
    }),
);

export const virtV2vUrl = vcenter.url;
export const importedVmIds = Object.fromEntries(
  imports.map((imported, index) => [vms[index], imported.vmId]),
);
