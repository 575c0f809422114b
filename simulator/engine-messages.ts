/**
 * The engine's translated validation and execution messages that the simulator can answer with,
 * each with the HTTP status its ErrorType maps to (validation-rules.md §3.6). Texts quoted in
 * engine-api.md §5.2 are used as given; the others are marked where the docs give no wording.
 * `${action}` is "add", "edit" or "remove"; `${type}` is always "provider" here.
 */
export type ProviderAction = "add" | "edit" | "remove";

export interface EngineMessage {
  status: number;
  text: string;
}

const message = (status: number, text: string): EngineMessage => ({ status, text });
const cannot = (action: ProviderAction) => `Cannot ${action} provider.`;

export const engineMessages = {
  nameInvalid: () =>
    message(400, 'Name must be formed of alphanumeric characters, numbers or "-_".'),
  providerTypeRequired: () => message(400, "Provider type is required."),
  nameAlreadyUsed: (action: ProviderAction) =>
    message(
      409,
      `${cannot(action)} The provider name is already in use, please choose a unique name and try again.`,
    ),
  invalidAuthUrl: (action: ProviderAction, url: string) =>
    message(
      400,
      `${cannot(action)} The Provider has an invalid authentication URL ${url}. The authentication URL must have the following format: "https://hostname:port/v3" or "http://hostname:port/v3".`,
    ),
  passwordTooLong: (action: ProviderAction) =>
    message(400, `${cannot(action)} The password must not exceed 200 characters.`),
  neutronRequiresPluginType: () =>
    message(400, "Openstack Neutron provider requires a plugin type."),
  neutronRequiresUser: () => message(400, "Openstack Neutron provider requires a user name."),
  neutronRequiresPassword: () => message(400, "Openstack Neutron provider requires a password."),
  neutronRequiresAuthUrl: () =>
    message(400, "Openstack Neutron provider requires an authentication url."),
  neutronRequiresTenantOrDomain: () =>
    message(400, "Openstack Neutron provider requires a tenant name or a user domain name."),
  glanceUrlTenantNotUnique: (action: ProviderAction) =>
    message(
      400,
      `${cannot(action)} A provider with the same provider URL and tenant already exists.`,
    ),
  // Wording not in the docs; built like its tenant sibling above.
  glanceUrlProjectNotUnique: (action: ProviderAction) =>
    message(
      400,
      `${cannot(action)} A provider with the same provider URL, project name and project domain name already exists.`,
    ),
  typeCannotChange: () =>
    message(400, "Cannot edit provider. The provider type cannot be changed."),
  // CAN_DO_ACTION_GENERAL_FAILURE: a RuntimeException (malformed URL) while validating.
  generalValidationFailure: () => message(500, "General command validation failure."),
  // A database error during execution (e.g. a name longer than the varchar(128) column). The
  // engine reports execution failures with the default status 400; the text is the engine's
  // generic one and is unconfirmed for this case.
  internalEngineError: () => message(400, "Internal Engine Error"),
  usedInCluster: (clusterNames: readonly string[]) =>
    message(
      409,
      `Cannot remove provider. External network provider is used as default network provider in the following cluster/s: ${clusterNames.join(", ")}.`,
    ),
  // Wording not in the docs: our own sentences carrying ${NETWORK_NAMES}.
  networksUsedOnce: (networkNames: readonly string[]) =>
    message(
      409,
      `Cannot remove provider. The network ${networkNames.join(", ")} of this provider is used by a VM or template.`,
    ),
  networksUsedMultipleTimes: (networkNames: readonly string[]) =>
    message(
      409,
      `Cannot remove provider. The networks ${networkNames.join(", ")} of this provider are used by VMs or templates.`,
    ),
  readOnlyProvider: (providerName: string) =>
    message(400, `External network provider ${providerName} is read only.`),
  providerFailure: () =>
    message(
      400,
      "Failed to communicate with the external provider, see log for additional details.",
    ),
  providerSslFailure: () =>
    message(400, "SSL problem while trying to connect to the external provider."),
  providerAuthenticationFailure: () =>
    message(
      400,
      "Failed to authenticate with the external provider. Please confirm username and password.",
    ),
  importCertificateFailed: () => message(400, "Failed to import provider certificate."),
  // Cinder (engine <= 4.4). Wording of these is not in the docs.
  cinderAlreadyExists: () =>
    message(500, "Cannot add provider. A Cinder provider with the same IP address already exists."),
  storageDomainStatusIllegal: (status: string) =>
    message(
      409,
      `Cannot remove provider. The storage domain of this provider is ${status}; detach it first.`,
    ),
  secretUuidExists: () =>
    message(409, "Cannot add authentication key. A key with this UUID already exists."),
  secretValueEmpty: () =>
    message(400, "Cannot add authentication key. The value of the key cannot be empty."),
  secretValueIllegal: () =>
    message(400, "Cannot add authentication key. The value of the key must be base64-encoded."),
  // Imports. Wording not in the docs.
  networkNameInUse: (networkName: string) =>
    message(
      409,
      `Cannot add Network. The name of the logical network '${networkName}' is already used by an existing logical network in the same data-center.`,
    ),
  vmNameInUse: () =>
    message(409, "Cannot import VM. The VM name is already in use, please choose a unique name."),
  // The engine's own collections (networks, disks). Wording not in the docs: our own sentences
  // after the engine's "Cannot <action> <type>." pattern, carrying the names it lists.
  networkUsedByVms: (vmNames: readonly string[]) =>
    message(
      409,
      `Cannot remove Logical Network. The Logical Network is in use by the following VM(s): ${vmNames.join(", ")}.`,
    ),
  diskOfTemplate: (templateName: string) =>
    message(
      409,
      `Cannot remove Virtual Disk. The disk belongs to the template ${templateName}; remove the template instead.`,
    ),
};
