import test from "ava";

import {
  checkExternalNetworkProviderInputs,
  externalNetworkProviderFromEngine,
  externalNetworkProviderSecretPaths,
  externalNetworkProviderToEngine,
} from "../../../provider/codecs/external-network-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const valid = {
  name: "ovn2",
  url: "https://ovn.example.com:9696",
  pluginType: "OVIRT_PROVIDER_OVN",
};

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

const NOT_WHEN_UNMANAGED = "does not apply to an unmanaged provider: the engine never contacts it";

refusesEach("ExternalNetworkProvider", checkExternalNetworkProviderInputs, [
  {
    title: "a missing url for a managed provider",
    input: { name: "ovn2" },
    failures: failuresOf([
      "url",
      "is required unless unmanaged is true, e.g. https://ovn.example.com:9696",
    ]),
  },
  {
    title: "a url without a port",
    input: withArguments({ url: "https://ovn.example.com" }),
    failures: failuresOf([
      "url",
      'External network provider URLs need a port, e.g. https://ovn.example.com:9696 (got "https://ovn.example.com")',
    ]),
  },
  {
    title: "a plugin type longer than 64 characters",
    input: withArguments({ pluginType: "P".repeat(65) }),
    failures: failuresOf(["pluginType", "must be at most 64 characters (it has 65)"]),
  },
  {
    title: "an empty plugin type",
    input: withArguments({ pluginType: "" }),
    failures: failuresOf(["pluginType", "must not be empty"]),
  },
  {
    title: "an unmanaged flag given as a string",
    input: withArguments({ unmanaged: "yes" }),
    failures: failuresOf(["unmanaged", 'must be true or false (got "yes")']),
  },
  {
    title: "authentication for an unmanaged provider",
    input: withArguments({
      unmanaged: true,
      authentication: { username: "admin@internal", password: "s3cret" },
    }),
    failures: failuresOf(["authentication", NOT_WHEN_UNMANAGED]),
  },
  {
    title: "an unmanaged provider that is read-only and synchronised",
    input: withArguments({ unmanaged: true, readOnly: true, autoSync: true }),
    failures: failuresOf(["readOnly", NOT_WHEN_UNMANAGED], ["autoSync", NOT_WHEN_UNMANAGED]),
  },
  {
    title: "a connectivity test of an unmanaged provider",
    input: withArguments({ unmanaged: true, testConnectivity: true }),
    failures: failuresOf(["testConnectivity", NOT_WHEN_UNMANAGED]),
  },
  {
    title: "an agent configuration, which only Neutron takes",
    input: withArguments({ agentConfiguration: { interfaceMappings: "physnet1:eth1" } }),
    failures: failuresOf([
      "agentConfiguration",
      "applies only to OpenStackNetworkProvider (Neutron); the engine ignores it for every other kind",
    ]),
  },
  {
    title: "a Keystone URL with a version other than v2.0 or v3",
    input: withArguments({
      authentication: {
        username: "admin@internal",
        password: "s3cret",
        keystoneUrl: "https://ovn.example.com:35357/v4",
      },
    }),
    failures: failuresOf([
      "authentication.keystoneUrl",
      "must end in the Keystone API version, /v2.0 or /v3, e.g. https://keystone.example.com:35357/v3",
    ]),
  },
  {
    title: "a Keystone URL with a query",
    input: withArguments({
      authentication: {
        username: "admin@internal",
        password: "s3cret",
        keystoneUrl: "https://ovn.example.com:35357/v3?x",
      },
    }),
    failures: failuresOf([
      "authentication.keystoneUrl",
      "must not have a query (?...) or fragment (#...): the engine appends its own paths",
    ]),
  },
  {
    title: "a Keystone URL given as an object",
    input: withArguments({
      authentication: { username: "admin@internal", password: "s3cret", keystoneUrl: {} },
    }),
    failures: failuresOf([
      "authentication.keystoneUrl",
      "must be a string, e.g. https://keystone.example.com:35357/v3",
    ]),
  },
  {
    title: "a user domain without a Keystone URL",
    input: withArguments({
      authentication: { username: "admin@internal", password: "s3cret", userDomainName: "x" },
    }),
    failures: failuresOf([
      "authentication.userDomainName",
      "only applies with a keystoneUrl; give keystoneUrl too",
    ]),
  },
  {
    title: "a misspelt unmanaged flag, suggesting the right name",
    input: withArguments({ unmanged: true }),
    failures: failuresOf([
      "unmanged",
      'is not an argument of ExternalNetworkProvider; did you mean "unmanaged"?',
    ]),
  },
  {
    title: "a misspelt readOnly flag in another case, suggesting the right name",
    input: withArguments({ readonly: false }),
    failures: failuresOf([
      "readonly",
      'is not an argument of ExternalNetworkProvider; did you mean "readOnly"?',
    ]),
  },
  {
    title: "custom property values of the wrong type at several names",
    input: withArguments({ properties: { a: true, b: null } }),
    failures: failuresOf(
      ["properties.a", "must be a string (got true)"],
      ["properties.b", "must be a string"],
    ),
  },
  {
    title: "VMware arguments",
    input: withArguments({ vcenter: "vcenter.example.com" }),
    failures: failuresOf(["vcenter", "applies only to VmwareProvider"]),
  },
]);

test("ExternalNetworkProvider maps the ovirt-provider-ovn setup to the exact engine body", (t) => {
  const outcome = checkExternalNetworkProviderInputs({
    ...valid,
    description: "oVirt network provider for OVN",
    autoSync: true,
    readOnly: false,
    authentication: {
      username: "admin@internal",
      password: "s3cret",
      keystoneUrl: "https://engine.example.com:35357/v2.0/",
    },
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(externalNetworkProviderToEngine(outcome.inputs), {
    name: "ovn2",
    description: "oVirt network provider for OVN",
    type: "external",
    url: "https://ovn.example.com:9696",
    external_plugin_type: "OVIRT_PROVIDER_OVN",
    read_only: "false",
    auto_sync: "true",
    unmanaged: "false",
    requires_authentication: "true",
    username: "admin@internal",
    password: "s3cret",
    authentication_url: "https://engine.example.com:35357/v2.0/",
  });
});

test("ExternalNetworkProvider fills in read-only, auto-sync and unmanaged", (t) => {
  const outcome = checkExternalNetworkProviderInputs(valid);

  t.deepEqual(outcome, {
    ok: true,
    inputs: { ...valid, readOnly: true, autoSync: false, unmanaged: false },
  });
});

test("ExternalNetworkProvider defaults an unmanaged provider to writable and needs no url", (t) => {
  const outcome = checkExternalNetworkProviderInputs({ name: "physical", unmanaged: true });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(externalNetworkProviderToEngine(outcome.inputs), {
    name: "physical",
    type: "external",
    read_only: "false",
    auto_sync: "false",
    unmanaged: "true",
    requires_authentication: "false",
  });
});

test("ExternalNetworkProvider lets an unknown unmanaged flag pass with an unknown url", (t) => {
  const outcome = checkExternalNetworkProviderInputs({
    name: "ovn2",
    url: UNKNOWN_VALUE,
    unmanaged: UNKNOWN_VALUE,
  });

  t.true(outcome.ok);
});

test("ExternalNetworkProvider does not ask for a url while unmanaged is still unknown", (t) => {
  const outcome = checkExternalNetworkProviderInputs({ name: "ovn2", unmanaged: UNKNOWN_VALUE });

  t.deepEqual(outcome, {
    ok: true,
    inputs: { name: "ovn2", readOnly: true, autoSync: false, unmanaged: UNKNOWN_VALUE },
  });
});

test("ExternalNetworkProvider reads the engine's answer back in input names", (t) => {
  const view = externalNetworkProviderFromEngine({
    auto_sync: "true",
    external_plugin_type: "OVIRT_PROVIDER_OVN",
    read_only: "false",
    type: "external",
    unmanaged: "false",
    authentication_url: "https://engine.example.com:35357/v2.0/",
    requires_authentication: "true",
    url: "https://engine.example.com:9696",
    username: "admin@internal",
    name: "ovirt-provider-ovn",
    description: "oVirt network provider for OVN",
    id: "0a6f",
  });

  t.deepEqual(view, {
    name: "ovirt-provider-ovn",
    description: "oVirt network provider for OVN",
    url: "https://engine.example.com:9696",
    pluginType: "OVIRT_PROVIDER_OVN",
    readOnly: false,
    autoSync: true,
    unmanaged: false,
    authentication: {
      username: "admin@internal",
      keystoneUrl: "https://engine.example.com:35357/v2.0/",
    },
  });
});

test("ExternalNetworkProvider lists its secret paths", (t) => {
  t.deepEqual(externalNetworkProviderSecretPaths, [
    "authentication.password",
    "connection.password",
  ]);
});
