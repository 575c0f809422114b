/**
 * Every default the codecs fill in, in one place. Checked inputs carry them, so `pulumi preview`
 * shows the value that will be sent. The SDK's TSDoc repeats each one as @default.
 *
 * Lifecycle options (adoptExisting, testConnectivity, trustPresentedCertificate, and the volume
 * provider's forceRemove) have no default written into the inputs: left out, they are off.
 */

/** OpenStack Networking (Neutron). The engine itself defaults read_only to true. */
export const OPENSTACK_NETWORK_PROVIDER_DEFAULTS = {
  pluginType: "open_vswitch",
  readOnly: true,
  autoSync: false,
} as const;

/**
 * The Neutron agent's message broker. The Administration Guide's "5762" is a typo of AMQP's
 * 5672, which OpenStack agents use when no port is configured.
 */
export const AGENT_CONFIGURATION_DEFAULTS = {
  brokerType: "rabbitMq",
  port: 5672,
} as const;

/**
 * External network providers (such as ovirt-provider-ovn). An unmanaged provider cannot be
 * read-only (the Administration Portal forces it off), so its default differs.
 */
export const EXTERNAL_NETWORK_PROVIDER_DEFAULTS = {
  readOnly: true,
  readOnlyWhenUnmanaged: false,
  autoSync: false,
  unmanaged: false,
} as const;

/** VMware: verify vCenter's certificate, and let the engine pick any data center. */
export const VMWARE_PROVIDER_DEFAULTS = {
  verifySsl: true,
  destinationDataCenter: "any",
} as const;
