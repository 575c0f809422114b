import test from "ava";

import {
  cephAuthenticationKeysFromEngine,
  cephAuthenticationKeyToEngine,
} from "../../../provider/codecs/ceph-authentication-keys";
import {
  checkOpenStackVolumeProviderInputs,
  openStackVolumeProviderFromEngine,
  openStackVolumeProviderSecretPaths,
  openStackVolumeProviderToEngine,
} from "../../../provider/codecs/openstack-volume-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const KEY_UUID = "b0c4a1f2-3d5e-4f60-8a7b-9c0d1e2f3a4b";
const OTHER_UUID = "c1d5b2a3-4e6f-4a71-9b8c-0d1e2f3a4b5c";
const KEY_VALUE = "AQCpz1hfAAAAABAAyZrLqaxAaGo6mGCPv+1Dtw==";

const valid = {
  name: "cinder1",
  url: "http://cinder.example.com:8776",
  dataCenter: "Default",
};

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

function withKeys(...keys: unknown[]): Record<string, unknown> {
  return { ...valid, authenticationKeys: keys };
}

const BASE64_REASON = "must be valid base64 (the cephx key as `ceph auth get-key` prints it)";
const UUID_REASON = "must be a UUID, e.g. 6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";
const V3_REFUSAL =
  "cannot be set: the engine's REST API carries only tenantName for OpenStack Volume providers (no Keystone v3 domain or project); use a Keystone v2.0 URL with tenantName";

refusesEach("OpenStackVolumeProvider", checkOpenStackVolumeProviderInputs, [
  {
    title: "a missing data center",
    input: { name: "cinder1", url: "http://cinder.example.com:8776" },
    failures: failuresOf(["dataCenter", "is required"]),
  },
  {
    title: "an empty data center",
    input: withArguments({ dataCenter: "" }),
    failures: failuresOf(["dataCenter", "must not be empty"]),
  },
  {
    title: "a data center given as an object reference",
    input: withArguments({ dataCenter: { name: "Default" } }),
    failures: failuresOf(["dataCenter", "must be a string"]),
  },
  {
    title: "a url without a port, with Cinder's port in the hint",
    input: withArguments({ url: "http://cinder.example.com/" }),
    failures: failuresOf([
      "url",
      'OpenStack Volume provider URLs need a port, e.g. https://cinder.example.com:8776 (got "http://cinder.example.com/")',
    ]),
  },
  {
    title: "a Keystone user domain, which the engine cannot carry for Cinder",
    input: withArguments({
      authentication: {
        username: "admin",
        password: "s3cret",
        keystoneUrl: "http://keystone.example.com:35357/v3",
        userDomainName: "Default",
      },
    }),
    failures: failuresOf(["authentication.userDomainName", V3_REFUSAL]),
  },
  {
    title: "authentication keys given as one object",
    input: withArguments({ authenticationKeys: { uuid: KEY_UUID, value: KEY_VALUE } }),
    failures: failuresOf(["authenticationKeys", "must be a list of { uuid, value } keys"]),
  },
  {
    title: "a key that is not an object",
    input: withKeys(KEY_VALUE),
    failures: failuresOf(["authenticationKeys[0]", "must be an object with uuid and value"]),
  },
  {
    title: "a key without a uuid",
    input: withKeys({ value: KEY_VALUE }),
    failures: failuresOf(["authenticationKeys[0].uuid", "is required"]),
  },
  {
    title: "a key without a value",
    input: withKeys({ uuid: KEY_UUID }),
    failures: failuresOf(["authenticationKeys[0].value", "is required"]),
  },
  {
    title: "a key uuid that is not a UUID",
    input: withKeys({ uuid: "ceph-key-1", value: KEY_VALUE }),
    failures: failuresOf(["authenticationKeys[0].uuid", `${UUID_REASON}`]),
  },
  {
    title: "a key uuid without its dashes",
    input: withKeys({ uuid: KEY_UUID.replace(/-/g, ""), value: KEY_VALUE }),
    failures: failuresOf(["authenticationKeys[0].uuid", `${UUID_REASON}`]),
  },
  {
    title: "a key value that is not base64, without quoting it",
    input: withKeys({ uuid: KEY_UUID, value: "not base64!" }),
    failures: failuresOf(["authenticationKeys[0].value", BASE64_REASON]),
  },
  {
    title: "a key value with missing padding",
    input: withKeys({ uuid: KEY_UUID, value: "AQCpz1hf" + "A" }),
    failures: failuresOf(["authenticationKeys[0].value", BASE64_REASON]),
  },
  {
    title: "a key value with stray trailing bits",
    input: withKeys({ uuid: KEY_UUID, value: "AB==" }),
    failures: failuresOf(["authenticationKeys[0].value", BASE64_REASON]),
  },
  {
    title: "an empty key value",
    input: withKeys({ uuid: KEY_UUID, value: "" }),
    failures: failuresOf([
      "authenticationKeys[0].value",
      "must be the cephx key as base64 text, e.g. the output of `ceph auth get-key`",
    ]),
  },
  {
    title: "a key value that is a number, without quoting it",
    input: withKeys({ uuid: KEY_UUID, value: 1234 }),
    failures: failuresOf([
      "authenticationKeys[0].value",
      "must be the cephx key as base64 text, e.g. the output of `ceph auth get-key`",
    ]),
  },
  {
    title: "two keys with the same uuid",
    input: withKeys(
      { uuid: KEY_UUID, value: KEY_VALUE },
      { uuid: OTHER_UUID, value: KEY_VALUE },
      { uuid: KEY_UUID.toUpperCase(), value: KEY_VALUE },
    ),
    failures: failuresOf([
      "authenticationKeys[2].uuid",
      "repeats the uuid of an earlier key; each key needs its own",
    ]),
  },
  {
    title: "a key with a misspelt description, suggesting the right name",
    input: withKeys({ uuid: KEY_UUID, value: KEY_VALUE, descriptoin: "ceph" }),
    failures: failuresOf([
      "authenticationKeys[0].descriptoin",
      'is not an argument of authentication key; did you mean "description"?',
    ]),
  },
  {
    title: "a key with a usage type, which is always Ceph",
    input: withKeys({ uuid: KEY_UUID, value: KEY_VALUE, usageType: "ceph" }),
    failures: failuresOf([
      "authenticationKeys[0].usageType",
      "is not an argument of authentication key (it takes uuid, value, description)",
    ]),
  },
  {
    title: "mistakes in several keys at once",
    input: withKeys({ uuid: "x", value: KEY_VALUE }, { uuid: KEY_UUID, value: "%%%" }),
    failures: failuresOf(
      ["authenticationKeys[0].uuid", `${UUID_REASON}`],
      ["authenticationKeys[1].value", BASE64_REASON],
    ),
  },
  {
    title: "a forced removal flag given as a string",
    input: withArguments({ forceRemove: "true" }),
    failures: failuresOf(["forceRemove", 'must be true or false (got "true")']),
  },
  {
    title: "a plugin type, which belongs to network providers",
    input: withArguments({ pluginType: "open_vswitch" }),
    failures: failuresOf([
      "pluginType",
      "applies only to network providers (OpenStackNetworkProvider, ExternalNetworkProvider)",
    ]),
  },
  {
    title: "a misspelt data center, suggesting the right name",
    input: { name: "cinder1", url: "http://cinder.example.com:8776", datacenter: "Default" },
    failures: failuresOf(
      ["dataCenter", "is required"],
      ["datacenter", 'is not an argument of OpenStackVolumeProvider; did you mean "dataCenter"?'],
    ),
  },
]);

test("OpenStackVolumeProvider maps good inputs to the exact engine body", (t) => {
  const outcome = checkOpenStackVolumeProviderInputs({
    ...valid,
    authentication: {
      username: "admin",
      password: "s3cret",
      keystoneUrl: "http://keystone.example.com:35357/v2.0",
      tenantName: "admin",
    },
    authenticationKeys: [{ uuid: KEY_UUID, value: KEY_VALUE, description: "ceph key" }],
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(openStackVolumeProviderToEngine(outcome.inputs), {
    name: "cinder1",
    url: "http://cinder.example.com:8776",
    data_center: { name: "Default" },
    requires_authentication: "true",
    username: "admin",
    password: "s3cret",
    authentication_url: "http://keystone.example.com:35357/v2.0",
    tenant_name: "admin",
  });
  t.deepEqual(outcome.inputs.authenticationKeys?.map(cephAuthenticationKeyToEngine), [
    { uuid: KEY_UUID, value: KEY_VALUE, usage_type: "ceph", description: "ceph key" },
  ]);
});

test("OpenStackVolumeProvider keeps the forced removal flag out of the engine body", (t) => {
  const outcome = checkOpenStackVolumeProviderInputs(withArguments({ forceRemove: true }));
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.is(outcome.inputs.forceRemove, true);
  t.deepEqual(openStackVolumeProviderToEngine(outcome.inputs), {
    name: "cinder1",
    url: "http://cinder.example.com:8776",
    data_center: { name: "Default" },
    requires_authentication: "false",
  });
});

test("OpenStackVolumeProvider sends a data center given as a UUID by id", (t) => {
  const outcome = checkOpenStackVolumeProviderInputs(withArguments({ dataCenter: OTHER_UUID }));
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(openStackVolumeProviderToEngine(outcome.inputs).data_center, { id: OTHER_UUID });
});

test("OpenStackVolumeProvider accepts unknown keys and unknown parts of keys", (t) => {
  const outcome = checkOpenStackVolumeProviderInputs(
    withKeys(
      UNKNOWN_VALUE,
      { uuid: KEY_UUID, value: UNKNOWN_VALUE },
      { uuid: UNKNOWN_VALUE, value: KEY_VALUE },
    ),
  );

  t.true(outcome.ok);
});

test("OpenStackVolumeProvider reads the engine's answer back in input names", (t) => {
  const view = openStackVolumeProviderFromEngine({
    data_center: { href: "/ovirt-engine/api/datacenters/123", id: "123" },
    requires_authentication: "false",
    url: "http://cinder.example.com:8776",
    name: "cinder1",
    description: "",
    id: "77aa",
  });

  t.deepEqual(view, { name: "cinder1", url: "http://cinder.example.com:8776", dataCenter: "123" });
});

test("OpenStackVolumeProvider reads the engine's keys back without their values", (t) => {
  const keys = cephAuthenticationKeysFromEngine({
    openstack_volume_authentication_key: [
      {
        uuid: KEY_UUID,
        id: KEY_UUID,
        usage_type: "ceph",
        description: "ceph key",
        creation_date: 1,
      },
      { id: OTHER_UUID, usage_type: "ceph" },
    ],
  });

  t.deepEqual(keys, [{ uuid: KEY_UUID, description: "ceph key" }, { uuid: OTHER_UUID }]);
  t.deepEqual(cephAuthenticationKeysFromEngine({}), []);
});

test("OpenStackVolumeProvider lists its secret paths", (t) => {
  t.deepEqual(openStackVolumeProviderSecretPaths, [
    "authentication.password",
    "authenticationKeys[].value",
    "connection.password",
  ]);
});
