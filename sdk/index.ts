/**
 * The package's public surface: one resource class per provider type of the engine's "Add
 * Provider" window, the imports those providers are for (VMs, networks, images), with their
 * argument types. The engine client, codecs and dynamic providers under provider/ are
 * deliberately not exported: they run inside Pulumi's plugin process and may change between
 * releases. The engine simulator has its own entry point,
 * `pulumi-ovirt-external-providers/simulator`.
 */
export { ExternalNetworkProvider } from "./external-network-provider";
export type { ExternalNetworkProviderArgs } from "./external-network-provider";
export { ForemanProvider } from "./foreman-provider";
export type { ForemanProviderArgs } from "./foreman-provider";
export { ImportedImage } from "./imported-image";
export type { ImportedImageArgs } from "./imported-image";
export { ImportedNetwork } from "./imported-network";
export type { ImportedNetworkArgs } from "./imported-network";
export { OpenStackImageProvider } from "./openstack-image-provider";
export type { OpenStackImageProviderArgs } from "./openstack-image-provider";
export { OpenStackNetworkProvider } from "./openstack-network-provider";
export type { OpenStackNetworkProviderArgs } from "./openstack-network-provider";
export { OpenStackVolumeProvider } from "./openstack-volume-provider";
export type {
  CephAuthenticationKeyArgs,
  OpenStackVolumeProviderArgs,
} from "./openstack-volume-provider";
export { VmwareProvider } from "./vmware-provider";
export type { VmwareProviderArgs } from "./vmware-provider";
export { VmwareVmImport } from "./vmware-vm-import";
export type { VmwareSourceArgs, VmwareVmImportArgs } from "./vmware-vm-import";

export type { AgentConfigurationArgs } from "./agent-configuration-args";
export type {
  BasicAuthenticationArgs,
  KeystoneAuthenticationArgs,
  TenantAuthenticationArgs,
} from "./authentication-args";
export type { EngineConnectionArgs } from "./engine-connection";
export type { ExternalProviderArgs } from "./external-provider-args";
