/**
 * The resource types the benchmark measures: each type's module, valid arguments and one
 * in-place edit, taken from the lifecycle tests' table so that both measure the same thing.
 * VmwareVmImport is left out: the simulator serves its create but not the VM reads and removals
 * its refresh and delete need.
 */
import { providerSamples } from "../tests/provider/provider-samples";

export interface BenchSample {
  typeName: string;
  /** File name under dist/provider/resource-providers, without ".js". */
  module: string;
  arguments: Record<string, unknown>;
  edit: Record<string, unknown>;
  /** Top-level arguments Pulumi keeps as secrets (they hold passwords). */
  secretArguments: string[];
  /** Kept only in Pulumi state: no engine request is ever needed. */
  stateOnly?: boolean;
}

const MODULES: Record<string, string> = {
  ForemanProvider: "foreman-provider",
  OpenStackImageProvider: "openstack-image-provider",
  OpenStackNetworkProvider: "openstack-network-provider",
  ExternalNetworkProvider: "external-network-provider",
  OpenStackVolumeProvider: "openstack-volume-provider",
};

export const benchSamples: BenchSample[] = [
  ...providerSamples.map((sample) => ({
    typeName: sample.typeName,
    module: MODULES[sample.typeName],
    arguments: sample.arguments,
    edit: sample.edits[0].change,
    secretArguments: ["authentication", "authenticationKeys", "agentConfiguration", "connection"],
  })),
  {
    typeName: "VmwareProvider",
    module: "vmware-provider",
    arguments: {
      name: "vcenter1",
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      dataCenter: "Datacenter",
      username: "administrator@vsphere.local",
      password: "vcenter-secret",
    },
    edit: { description: "imports" },
    secretArguments: ["password", "connection"],
    stateOnly: true,
  },
];

/** The module specifier Pulumi stores in state for a sample, as users install the package. */
export function providerModule(sample: BenchSample): string {
  return `pulumi-ovirt-external-providers/dist/provider/resource-providers/${sample.module}.js`;
}
