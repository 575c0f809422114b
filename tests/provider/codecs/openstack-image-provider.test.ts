import test from "ava";

import {
  checkOpenStackImageProviderInputs,
  openStackImageProviderFromEngine,
  openStackImageProviderSecretPaths,
  openStackImageProviderToEngine,
} from "../../../provider/codecs/openstack-image-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const valid = {
  name: "glance1",
  url: "http://glance.example.com:9292",
};

const authentication = {
  username: "glance",
  password: "s3cret",
  keystoneUrl: "http://keystone.example.com:35357/v2.0",
  tenantName: "admin",
};

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

function withAuthentication(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, authentication: { ...authentication, ...changes } };
}

const PORT_REASON =
  "OpenStack Image provider URLs need a port, e.g. https://glance.example.com:9292";
const V3_REFUSAL =
  "cannot be set: the engine's REST API carries only tenantName for OpenStack Image providers (no Keystone v3 domain or project); use a Keystone v2.0 URL with tenantName";
const KEYSTONE_PORT =
  "Keystone URLs need a port, e.g. https://keystone.example.com:35357/v3 (35357 is Keystone's usual admin port, 5000 its public one)";
const KEYSTONE_PATH =
  "must end in the Keystone API version, /v2.0 or /v3, e.g. https://keystone.example.com:35357/v3";

refusesEach("OpenStackImageProvider", checkOpenStackImageProviderInputs, [
  {
    title: "a url without a port, with Glance's port in the hint",
    input: withArguments({ url: "https://glance.example.com" }),
    failures: failuresOf(["url", `${PORT_REASON} (got "https://glance.example.com")`]),
  },
  {
    title: "a url that is not a string",
    input: withArguments({ url: 9292 }),
    failures: failuresOf([
      "url",
      "must be a string, e.g. https://glance.example.com:9292 (got 9292)",
    ]),
  },
  {
    title: "a url with an invalid host",
    input: withArguments({ url: "https://glance_.example..com:9292" }),
    failures: failuresOf([
      "url",
      'must name a valid host, e.g. https://glance.example.com:9292 (got "https://glance_.example..com:9292")',
    ]),
  },
  {
    title: "a url with spaces",
    input: withArguments({ url: "https://glance example.com:9292" }),
    failures: failuresOf([
      "url",
      'must be an absolute URL starting with http:// or https://, e.g. https://glance.example.com:9292 (got "https://glance example.com:9292")',
    ]),
  },
  {
    title: "a url with an empty port",
    input: withArguments({ url: "https://glance.example.com:" }),
    failures: failuresOf([
      "url",
      'must have a port from 1 to 65535, e.g. https://glance.example.com:9292 (got "https://glance.example.com:")',
    ]),
  },
  {
    title: "a Keystone user domain, which the engine cannot carry for Glance",
    input: withAuthentication({
      keystoneUrl: "https://keystone.example.com:5000/v3",
      userDomainName: "Default",
    }),
    failures: failuresOf(["authentication.userDomainName", V3_REFUSAL]),
  },
  {
    title: "a Keystone project and project domain",
    input: withAuthentication({ projectName: "images", projectDomainName: "Default" }),
    failures: failuresOf(
      ["authentication.projectName", V3_REFUSAL],
      ["authentication.projectDomainName", V3_REFUSAL],
    ),
  },
  {
    title: "a Keystone URL without a port",
    input: withAuthentication({ keystoneUrl: "https://keystone.example.com/v2.0" }),
    failures: failuresOf(["authentication.keystoneUrl", `${KEYSTONE_PORT}`]),
  },
  {
    title: "a Keystone URL without the API version",
    input: withAuthentication({ keystoneUrl: "https://keystone.example.com:5000" }),
    failures: failuresOf(["authentication.keystoneUrl", `${KEYSTONE_PATH}`]),
  },
  {
    title: "a Keystone URL with a path beyond the version",
    input: withAuthentication({ keystoneUrl: "https://keystone.example.com:5000/v3/auth" }),
    failures: failuresOf(["authentication.keystoneUrl", KEYSTONE_PATH]),
  },
  {
    title: "a Keystone URL naming version 2 without its minor number",
    input: withAuthentication({ keystoneUrl: "https://keystone.example.com:5000/v2" }),
    failures: failuresOf(["authentication.keystoneUrl", `${KEYSTONE_PATH}`]),
  },
  {
    title: "a Keystone URL with another scheme",
    input: withAuthentication({ keystoneUrl: "ldap://keystone.example.com:5000/v3" }),
    failures: failuresOf([
      "authentication.keystoneUrl",
      "must be an absolute URL starting with http:// or https://, e.g. https://keystone.example.com:35357/v3",
    ]),
  },
  {
    title: "a Keystone v2.0 URL without a tenant",
    input: withAuthentication({ tenantName: undefined }),
    failures: failuresOf([
      "authentication.tenantName",
      "is required with a Keystone v2.0 keystoneUrl",
    ]),
  },
  {
    title: "a tenant without a Keystone URL",
    input: withAuthentication({ keystoneUrl: undefined }),
    failures: failuresOf([
      "authentication.tenantName",
      "only applies with a keystoneUrl; give keystoneUrl too",
    ]),
  },
  {
    title: "a tenant name longer than 128 characters",
    input: withAuthentication({ tenantName: "t".repeat(129) }),
    failures: failuresOf([
      "authentication.tenantName",
      "must be at most 128 characters (it has 129)",
    ]),
  },
  {
    title: "an empty tenant name",
    input: withAuthentication({ tenantName: "" }),
    failures: failuresOf(["authentication.tenantName", "must not be empty"]),
  },
  {
    title: "authentication given as a string, without quoting it",
    input: withArguments({ authentication: "glance:s3cret" }),
    failures: failuresOf(["authentication", "must be an object with username and password"]),
  },
  {
    title: "custom properties given as a list",
    input: withArguments({ properties: [{ name: "zone", value: "east" }] }),
    failures: failuresOf([
      "properties",
      'must be an object of names to string values, e.g. { zone: "east" }',
    ]),
  },
  {
    title: "a custom property whose value is not a string",
    input: withArguments({ properties: { zone: "east", replicas: 3 } }),
    failures: failuresOf(["properties.replicas", "must be a string (got 3)"]),
  },
  {
    title: "a custom property with a blank name",
    input: withArguments({ properties: { " ": "x" } }),
    failures: failuresOf([
      'properties[" "]',
      "needs a name of 1 to 255 characters that is not only spaces",
    ]),
  },
  {
    title: "a Ceph key list, which belongs to volume providers",
    input: withArguments({ authenticationKeys: [] }),
    failures: failuresOf([
      "authenticationKeys",
      "applies only to OpenStackVolumeProvider (Ceph keys)",
    ]),
  },
  {
    title: "a forced removal flag, which only volume providers take",
    input: withArguments({ forceRemove: true }),
    failures: failuresOf([
      "forceRemove",
      "applies only to OpenStackVolumeProvider (the engine's forced removal of Cinder)",
    ]),
  },
  {
    title: "a read-only flag, which belongs to network providers",
    input: withArguments({ readOnly: true }),
    failures: failuresOf([
      "readOnly",
      "applies only to network providers (OpenStackNetworkProvider, ExternalNetworkProvider)",
    ]),
  },
  {
    title: "a pinned certificate beside trusting the presented one",
    input: withArguments({
      url: "https://glance.example.com:9292",
      trustedCertificate: { sha256: "AB:".repeat(31) + "AB" },
      trustPresentedCertificate: true,
    }),
    failures: failuresOf([
      "trustPresentedCertificate",
      "cannot be combined with trustedCertificate: pin one certificate or trust the presented one, not both",
    ]),
  },
  {
    title: "a pinned certificate on a plain http url",
    input: withArguments({ trustedCertificate: { sha256: "ab".repeat(32) } }),
    failures: failuresOf([
      "trustedCertificate",
      "only applies to https URLs, but url starts with http://",
    ]),
  },
]);

test("OpenStackImageProvider maps good inputs to the exact engine body", (t) => {
  const outcome = checkOpenStackImageProviderInputs({
    ...valid,
    description: "Public Glance",
    authentication,
    properties: { foo: "bar" },
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(openStackImageProviderToEngine(outcome.inputs), {
    name: "glance1",
    description: "Public Glance",
    url: "http://glance.example.com:9292",
    requires_authentication: "true",
    username: "glance",
    password: "s3cret",
    authentication_url: "http://keystone.example.com:35357/v2.0",
    tenant_name: "admin",
    properties: { property: [{ name: "foo", value: "bar" }] },
  });
});

test("OpenStackImageProvider without authentication tells the engine so", (t) => {
  const outcome = checkOpenStackImageProviderInputs({ ...valid, properties: {} });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(openStackImageProviderToEngine(outcome.inputs), {
    name: "glance1",
    url: "http://glance.example.com:9292",
    requires_authentication: "false",
  });
});

test("OpenStackImageProvider accepts a Keystone v3 URL with a trailing slash and a tenant", (t) => {
  const outcome = checkOpenStackImageProviderInputs(
    withAuthentication({ keystoneUrl: "https://[2001:db8::5]:5000/v3/" }),
  );

  t.true(outcome.ok);
});

test("OpenStackImageProvider lets the preview sentinel stand for nested values and properties", (t) => {
  const outcome = checkOpenStackImageProviderInputs({
    ...valid,
    authentication: { ...authentication, keystoneUrl: UNKNOWN_VALUE, tenantName: UNKNOWN_VALUE },
    properties: { zone: UNKNOWN_VALUE },
  });

  t.true(outcome.ok);
});

test("OpenStackImageProvider reads the engine's answer back in input names", (t) => {
  const view = openStackImageProviderFromEngine({
    tenant_name: "admin",
    authentication_url: "http://keystone.example.com:35357/v2.0",
    properties: { property: [{ name: "foo", value: "bar" }] },
    requires_authentication: "true",
    url: "http://glance.example.com:9292",
    username: "glance",
    actions: { link: [] },
    name: "glance1",
    description: "Public Glance",
    href: "/ovirt-engine/api/openstackimageproviders/ceab",
    id: "ceab",
    link: [],
  });

  t.deepEqual(view, {
    name: "glance1",
    description: "Public Glance",
    url: "http://glance.example.com:9292",
    properties: { foo: "bar" },
    authentication: {
      username: "glance",
      keystoneUrl: "http://keystone.example.com:35357/v2.0",
      tenantName: "admin",
    },
  });
});

test("OpenStackImageProvider reads a provider without authentication as having none", (t) => {
  const view = openStackImageProviderFromEngine({
    requires_authentication: "false",
    name: "glance1",
    url: "http://glance.example.com:9292",
  });

  t.deepEqual(view, { name: "glance1", url: "http://glance.example.com:9292" });
});

test("OpenStackImageProvider lists its secret paths", (t) => {
  t.deepEqual(openStackImageProviderSecretPaths, [
    "authentication.password",
    "connection.password",
  ]);
});
