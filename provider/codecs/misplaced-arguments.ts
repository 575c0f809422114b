/**
 * Arguments that belong to another kind, or inside `authentication`. Naming where they belong
 * helps more than "unknown argument" when someone copies a block from one resource to another.
 */

const networkKinds = "network providers (OpenStackNetworkProvider, ExternalNetworkProvider)";

const belongsElsewhere: Readonly<Record<string, string>> = {
  url: "does not apply here",
  authentication: "does not apply here",
  properties: "does not apply here: the engine keeps no custom properties for this kind",
  agentConfiguration:
    "applies only to OpenStackNetworkProvider (Neutron); the engine ignores it for every other kind",
  pluginType: `applies only to ${networkKinds}`,
  readOnly: `applies only to ${networkKinds}`,
  autoSync: `applies only to ${networkKinds}`,
  unmanaged: "applies only to ExternalNetworkProvider",
  dataCenter: "applies only to OpenStackVolumeProvider and VmwareProvider",
  authenticationKeys: "applies only to OpenStackVolumeProvider (Ceph keys)",
  forceRemove: "applies only to OpenStackVolumeProvider (the engine's forced removal of Cinder)",
  vcenter: "applies only to VmwareProvider",
  esxiHost: "applies only to VmwareProvider",
  cluster: "applies only to VmwareProvider",
  verifySsl: "applies only to VmwareProvider",
  proxyHost: "applies only to VmwareProvider",
  destinationDataCenter: "applies only to VmwareProvider",
  username: "belongs inside authentication: { username, password }",
  password: "belongs inside authentication: { username, password }",
  keystoneUrl: "belongs inside authentication",
  tenantName: "belongs inside authentication",
  userDomainName: "belongs inside authentication",
  projectName: "belongs inside authentication",
  projectDomainName: "belongs inside authentication",
};

/** Refusal reasons for every argument known elsewhere but not accepted by this kind. */
export function refusedArguments(
  accepted: readonly string[],
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const refused: Record<string, string> = {};

  for (const [name, reason] of Object.entries({ ...belongsElsewhere, ...overrides })) {
    if (!accepted.includes(name)) {
      refused[name] = reason;
    }
  }

  return refused;
}
