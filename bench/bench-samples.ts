/**
 * The resource types the benchmark measures: each type's module, valid arguments and one
 * in-place edit. The provider types come from the lifecycle tests' table, so that both measure
 * the same thing; the imports name what the simulator's default inventory holds.
 */
import type { RunningSimulator } from "../simulator";
import { providerSamples } from "../tests/provider/provider-samples";

export interface BenchSample {
  typeName: string;
  /** File name under dist/provider/resource-providers, without ".js". */
  module: string;
  arguments: Record<string, unknown>;
  /** An in-place edit; undefined for a type that the engine cannot change (any change replaces). */
  edit: Record<string, unknown> | undefined;
  /** Top-level arguments Pulumi keeps as secrets (they hold passwords). */
  secretArguments: string[];
  /** Kept only in Pulumi state: no engine request is ever needed. */
  stateOnly?: boolean;
  /** The argument that gets each created resource's own name; null when none must differ. */
  nameArgument?: string | null;
  /** Arguments that name objects a sample puts on the engine first, such as its provider. */
  prepare?: (engine: RunningSimulator, name: string) => Record<string, unknown>;
  /** Why an operation costs more than the least a change needs, where it does. */
  note?: string;
}

/** Provider hosts the import samples' providers list their networks and images from. */
export const reachableProviderHosts = ["ovn.example.com", "glance.example.com"];

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
  {
    typeName: "VmwareVmImport",
    module: "vmware-vm-import",
    arguments: {
      url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01.example.com",
      username: "administrator@vsphere.local",
      password: "vcenter-secret",
      cluster: "Default",
      storageDomain: "data1",
    },
    // The source credentials matter only while importing: a change is kept in state alone.
    edit: { password: "rotated-secret" },
    secretArguments: ["password", "connection"],
    nameArgument: "sourceVmName",
    note: "VmwareVmImport update changes Pulumi state only (the password is read only while importing), and delete keeps the VM in oVirt unless removeOnDestroy is set",
  },
  {
    typeName: "ImportedNetwork",
    module: "imported-network",
    arguments: { networkName: "provider-net-1", dataCenter: "Default" },
    edit: undefined,
    secretArguments: ["connection"],
    nameArgument: null,
    prepare: (engine, name) => ({
      providerId: engine.inventory.addProvider({
        kind: "EXTERNAL_NETWORK",
        name: `bench-ovn-${name}`,
        url: "http://ovn.example.com:9696",
      }),
    }),
    note: "ImportedNetwork create looks up the provider's network and the data center it is given by name, and finds the new network by name afterwards, since the import action answers without its id",
  },
  {
    typeName: "ImportedImage",
    module: "imported-image",
    arguments: { imageName: "cirros-0.6.2", storageDomain: "data1", importAs: "disk" },
    edit: undefined,
    secretArguments: ["connection"],
    nameArgument: "diskAlias",
    prepare: (engine, name) => ({
      providerId: engine.inventory.addProvider({
        kind: "OPENSTACK_IMAGE",
        name: `bench-glance-${name}`,
        url: `http://glance.example.com:9292/${name}`,
      }),
    }),
    note: "ImportedImage create looks up the image and the storage domain it is given by name, and lists the domain's disks before and after the import, since the import action answers without the new disk's id",
  },
];

/**
 * An engine id that stands in for what `prepare` would put on an engine, where none is involved.
 */
const STAND_IN_ID = "6f1e0c2a-8d4b-4f3a-9c5e-0a1b2c3d4e5f";

/** Arguments that pass check without any engine: prepared ids stood in for, the name set. */
export function offlineArguments(sample: BenchSample): Record<string, unknown> {
  return {
    ...(sample.prepare === undefined ? {} : { providerId: STAND_IN_ID }),
    ...namedAs(sample, `bench-${sample.module}`),
    ...sample.arguments,
  };
}

/** The argument that gives a sample's resource `name` (`name` unless the sample says otherwise). */
export function namedAs(sample: BenchSample, name: string): Record<string, unknown> {
  const nameArgument = sample.nameArgument === undefined ? "name" : sample.nameArgument;
  return nameArgument === null ? {} : { [nameArgument]: name };
}

/** The module specifier Pulumi stores in state for a sample, as users install the package. */
export function providerModule(sample: BenchSample): string {
  return `pulumi-ovirt-external-providers/dist/provider/resource-providers/${sample.module}.js`;
}
