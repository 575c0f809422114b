import test from "ava";

import {
  checkVmwareProviderInputs,
  vmwareProviderFromEngine,
  vmwareProviderSecretPaths,
  vmwareProviderToEngine,
} from "../../../provider/codecs/vmware-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const valid = {
  name: "vmware1",
  vcenter: "vcenter.example.com",
  esxiHost: "esxi01.example.com",
  dataCenter: "Datacenter",
  username: "administrator@vsphere.local",
  password: "s3cret",
};

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

const HOST_REASON =
  "must be a host name, an IPv4 address or an IPv6 address, e.g. vcenter.example.com";
const STATE_ONLY =
  "does not apply to VmwareProvider: the engine's REST API keeps no VMware provider, so it lives only in Pulumi state";

refusesEach("VmwareProvider", checkVmwareProviderInputs, [
  {
    title: "every required argument missing at once",
    input: {},
    failures: failuresOf(
      ["name", "is required"],
      ["vcenter", "is required"],
      ["esxiHost", "is required"],
      ["dataCenter", "is required"],
      ["username", "is required"],
      ["password", "is required"],
    ),
  },
  {
    title: "a vCenter given as a URL",
    input: withArguments({ vcenter: "https://vcenter.example.com" }),
    failures: failuresOf(["vcenter", `${HOST_REASON} (got "https://vcenter.example.com")`]),
  },
  {
    title: "a vCenter host name with a space",
    input: withArguments({ vcenter: "vcenter example" }),
    failures: failuresOf(["vcenter", `${HOST_REASON} (got "vcenter example")`]),
  },
  {
    title: "a vCenter longer than 255 characters",
    input: withArguments({ vcenter: `${"a".repeat(60)}.`.repeat(5) + "com" }),
    failures: failuresOf([
      "vcenter",
      "must be a host name or an IP address of 1 to 255 characters",
    ]),
  },
  {
    title: "an IPv4 address with an octet above 255 as ESXi host",
    input: withArguments({ esxiHost: "192.0.2.300" }),
    failures: failuresOf(["esxiHost", `${HOST_REASON} (got "192.0.2.300")`]),
  },
  {
    title: "an IPv6 address in brackets as ESXi host",
    input: withArguments({ esxiHost: "[2001:db8::1]" }),
    failures: failuresOf(["esxiHost", `${HOST_REASON} (got "[2001:db8::1]")`]),
  },
  {
    title: "an ESXi host that is a number",
    input: withArguments({ esxiHost: 10 }),
    failures: failuresOf(["esxiHost", "must be a string: a host name or an IP address (got 10)"]),
  },
  {
    title: "an empty data center",
    input: withArguments({ dataCenter: "" }),
    failures: failuresOf(["dataCenter", "must not be empty"]),
  },
  {
    title: "a data center of white space only",
    input: withArguments({ dataCenter: " " }),
    failures: failuresOf(["dataCenter", "must not be only white space"]),
  },
  {
    title: "an empty cluster",
    input: withArguments({ cluster: "" }),
    failures: failuresOf(["cluster", "must not be empty"]),
  },
  {
    title: "a verify-SSL flag given as a string",
    input: withArguments({ verifySsl: "false" }),
    failures: failuresOf(["verifySsl", 'must be true or false (got "false")']),
  },
  {
    title: "a password longer than 200 characters",
    input: withArguments({ password: "p".repeat(201) }),
    failures: failuresOf([
      "password",
      "must be at most 200 characters, the engine's limit for provider passwords",
    ]),
  },
  {
    title: "an empty password",
    input: withArguments({ password: "" }),
    failures: failuresOf(["password", "must not be empty"]),
  },
  {
    title: "a username longer than 64 characters",
    input: withArguments({ username: "u".repeat(65) }),
    failures: failuresOf(["username", "must be at most 64 characters (it has 65)"]),
  },
  {
    title: "a proxy host without a destination data center",
    input: withArguments({ proxyHost: "host1" }),
    failures: failuresOf([
      "proxyHost",
      "needs destinationDataCenter: the proxy host must belong to the data center the VMs go to",
    ]),
  },
  {
    title: "a proxy host with the destination data center left to any",
    input: withArguments({ proxyHost: "host1", destinationDataCenter: "any" }),
    failures: failuresOf([
      "proxyHost",
      "needs destinationDataCenter: the proxy host must belong to the data center the VMs go to",
    ]),
  },
  {
    title: "a url, which it composes itself",
    input: withArguments({ url: "vpx://vcenter.example.com/Datacenter/esxi01" }),
    failures: failuresOf([
      "url",
      "does not apply to VmwareProvider: the vpx:// URL is composed from vcenter, dataCenter, cluster and esxiHost",
    ]),
  },
  {
    title: "a nested authentication",
    input: withArguments({ authentication: { username: "a", password: "b" } }),
    failures: failuresOf([
      "authentication",
      "does not apply to VmwareProvider: give username and password directly",
    ]),
  },
  {
    title: "adopting and testing, which need an engine object",
    input: withArguments({ adoptExisting: true, testConnectivity: true }),
    failures: failuresOf(["adoptExisting", STATE_ONLY], ["testConnectivity", STATE_ONLY]),
  },
  {
    title: "a pinned certificate",
    input: withArguments({ trustedCertificate: { sha256: "ab".repeat(32) } }),
    failures: failuresOf(["trustedCertificate", STATE_ONLY]),
  },
  {
    title: "another engine's connection",
    input: withArguments({
      connection: { url: "https://e.example.com", username: "admin@internal", password: "x" },
    }),
    failures: failuresOf(["connection", STATE_ONLY]),
  },
  {
    title: "a misspelt ESXi host, suggesting the right name",
    input: { ...valid, esxiHost: undefined, esxHost: "esxi01.example.com" },
    failures: failuresOf(
      ["esxiHost", "is required"],
      ["esxHost", 'is not an argument of VmwareProvider; did you mean "esxiHost"?'],
    ),
  },
  {
    title: "a misspelt vCenter in another case, suggesting the right name",
    input: { ...valid, vcenter: undefined, vCenter: "vcenter.example.com" },
    failures: failuresOf(
      ["vcenter", "is required"],
      ["vCenter", 'is not an argument of VmwareProvider; did you mean "vcenter"?'],
    ),
  },
  {
    title: "custom properties",
    input: withArguments({ properties: {} }),
    failures: failuresOf([
      "properties",
      "does not apply here: the engine keeps no custom properties for this kind",
    ]),
  },
]);

test("VmwareProvider composes the virt-v2v URL for an external VM import", (t) => {
  const outcome = checkVmwareProviderInputs({
    ...valid,
    cluster: "Cluster A",
    verifySsl: false,
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(vmwareProviderToEngine(outcome.inputs), {
    provider: "vmware",
    url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/Cluster%20A/esxi01.example.com?no_verify=1",
    username: "administrator@vsphere.local",
    password: "s3cret",
  });
});

test("VmwareProvider fills in certificate checks and any data center", (t) => {
  const outcome = checkVmwareProviderInputs({ ...valid, esxiHost: "2001:db8::7" });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.is(outcome.inputs.verifySsl, true);
  t.is(outcome.inputs.destinationDataCenter, "any");
  t.is(
    vmwareProviderToEngine(outcome.inputs).url,
    "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/[2001:db8::7]",
  );
});

test("VmwareProvider accepts a proxy host in a chosen data center", (t) => {
  const outcome = checkVmwareProviderInputs({
    ...valid,
    proxyHost: "host1",
    destinationDataCenter: "Default",
  });

  t.true(outcome.ok);
});

test("VmwareProvider lets an unknown destination data center stand beside a proxy host", (t) => {
  const outcome = checkVmwareProviderInputs({
    ...valid,
    proxyHost: "host1",
    destinationDataCenter: UNKNOWN_VALUE,
  });

  t.true(outcome.ok);
});

test("VmwareProvider reads an external VM import's source back", (t) => {
  const view = vmwareProviderFromEngine({
    provider: "vmware",
    url: "vpx://administrator%40vsphere.local@vcenter.example.com/Data%20center/Cluster%20A/[2001:db8::7]?no_verify=1",
    username: "administrator@vsphere.local",
    name: "vm1",
  });

  t.deepEqual(view, {
    vcenter: "vcenter.example.com",
    dataCenter: "Data center",
    cluster: "Cluster A",
    esxiHost: "2001:db8::7",
    verifySsl: false,
    username: "administrator@vsphere.local",
  });
});

test("VmwareProvider lists its secret paths", (t) => {
  t.deepEqual(vmwareProviderSecretPaths, ["password"]);
});
