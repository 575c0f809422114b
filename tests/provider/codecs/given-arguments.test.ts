/**
 * Cross-field rules and Pulumi's preview stand-in: each rule refuses a combination of known
 * values with the exact property and reason, and lets the same combination pass when one of the
 * values is still unknown (it may turn out to be undefined once preview is over).
 */
import test from "ava";

import type { CheckFailure, CheckOutcome } from "../../../provider/check-failures";
import { checkExternalNetworkProviderInputs } from "../../../provider/codecs/external-network-provider";
import { checkForemanProviderInputs } from "../../../provider/codecs/foreman-provider";
import { isGiven, mayBeGiven } from "../../../provider/codecs/given-arguments";
import { checkImportedImageInputs } from "../../../provider/codecs/imported-image";
import { checkImportedNetworkInputs } from "../../../provider/codecs/imported-network";
import { checkOpenStackImageProviderInputs } from "../../../provider/codecs/openstack-image-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { checkVmwareProviderInputs } from "../../../provider/codecs/vmware-provider";
import { checkVmwareVmImportInputs } from "../../../provider/codecs/vmware-vm-import";
import { failuresOf } from "./check-table";

const FINGERPRINT = "AB:".repeat(31) + "AB";
const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const PROVIDER_ID = "6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";

const foreman = {
  name: "foreman1",
  url: "https://foreman.example.com",
  authentication: { username: "admin", password: "s3cret" },
};
const glance = { name: "glance1", url: "http://glance.example.com:9292" };
const connection = {
  url: "https://engine.example.com/ovirt-engine/api",
  username: "admin@internal",
  password: "engine-s3cret",
};
const vmImport = {
  url: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01",
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
  sourceVmName: "web01",
  cluster: "Default",
  storageDomain: "data1",
};
const vmware = {
  name: "vcenter1",
  vcenter: "vcenter.example.com",
  esxiHost: "esxi01.example.com",
  dataCenter: "Datacenter",
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
};

interface RuleCase {
  /** Completes "<rule> ...". */
  title: string;
  check: (news: unknown) => CheckOutcome<unknown>;
  /** Builds the arguments with the deciding value known or unknown. */
  input: (value: unknown) => Record<string, unknown>;
  known: unknown;
  failures: CheckFailure[];
}

const ruleCases: RuleCase[] = [
  {
    title: "an unmanaged external network provider with authentication",
    check: checkExternalNetworkProviderInputs,
    input: (authentication) => ({ name: "ovn1", unmanaged: true, authentication }),
    known: { username: "admin@internal", password: "s3cret" },
    failures: failuresOf([
      "authentication",
      "does not apply to an unmanaged provider: the engine never contacts it",
    ]),
  },
  {
    title: "a pinned certificate beside trustPresentedCertificate",
    check: checkForemanProviderInputs,
    input: (trustedCertificate) => ({
      ...foreman,
      trustedCertificate,
      trustPresentedCertificate: true,
    }),
    known: { sha256: FINGERPRINT },
    failures: failuresOf([
      "trustPresentedCertificate",
      "cannot be combined with trustedCertificate: pin one certificate or trust the presented one, not both",
    ]),
  },
  {
    title: "a pinned certificate for an http URL",
    check: checkOpenStackImageProviderInputs,
    input: (trustedCertificate) => ({ ...glance, trustedCertificate }),
    known: { sha256: FINGERPRINT },
    failures: failuresOf([
      "trustedCertificate",
      "only applies to https URLs, but url starts with http://",
    ]),
  },
  {
    title: "a tenant without a Keystone URL",
    check: checkOpenStackImageProviderInputs,
    input: (tenantName) => ({
      ...glance,
      authentication: { username: "glance", password: "s3cret", tenantName },
    }),
    known: "services",
    failures: failuresOf([
      "authentication.tenantName",
      "only applies with a keystoneUrl; give keystoneUrl too",
    ]),
  },
  {
    title: "a CA file beside PEM text in a connection",
    check: checkOpenStackImageProviderInputs,
    input: (caFile) => ({ ...glance, connection: { ...connection, caFile, caPem: PEM } }),
    known: "/etc/pki/ovirt-engine/ca.pem",
    failures: failuresOf(["connection.caPem", "cannot be combined with caFile; give one of them"]),
  },
  {
    title: "PEM text beside a CA file in a connection",
    check: checkOpenStackImageProviderInputs,
    input: (caPem) => ({
      ...glance,
      connection: { ...connection, caFile: "/etc/pki/ovirt-engine/ca.pem", caPem },
    }),
    known: PEM,
    failures: failuresOf(["connection.caPem", "cannot be combined with caFile; give one of them"]),
  },
  {
    title: "a CA beside insecure in a connection",
    check: checkOpenStackImageProviderInputs,
    input: (caFile) => ({ ...glance, connection: { ...connection, caFile, insecure: true } }),
    known: "/etc/pki/ovirt-engine/ca.pem",
    failures: failuresOf([
      "connection.insecure",
      "turns certificate checks off, so the CA given beside it would be ignored; give one or the other",
    ]),
  },
  {
    title: "a template name for an image imported as a disk",
    check: checkImportedImageInputs,
    input: (templateName) => ({
      providerId: PROVIDER_ID,
      imageName: "cirros",
      storageDomain: "data1",
      templateName,
    }),
    known: "cirros-template",
    failures: failuresOf(["templateName", 'applies only when importAs is "template"']),
  },
  {
    title: "a network named both by name and by provider-side id",
    check: checkImportedNetworkInputs,
    input: (providerNetworkId) => ({
      providerId: PROVIDER_ID,
      dataCenter: "Default",
      networkName: "red",
      providerNetworkId,
    }),
    known: "0c7e3b6a",
    failures: failuresOf([
      "providerNetworkId",
      "cannot be combined with networkName; give one of them",
    ]),
  },
  {
    title: "a VM import with both a URL and VMware parts",
    check: checkVmwareVmImportInputs,
    input: (vmwareParts) => ({ ...vmImport, vmware: vmwareParts }),
    known: { vcenter: "vcenter.example.com", esxiHost: "esxi01", dataCenter: "Datacenter" },
    failures: failuresOf(["vmware", "cannot be combined with url; give one of them"]),
  },
  {
    title: "a VM import from KVM with a password but no user",
    check: checkVmwareVmImportInputs,
    input: (password) => ({
      ...vmImport,
      source: "kvm",
      url: "qemu+ssh://root@kvm.example.com/system",
      username: undefined,
      password,
    }),
    known: "kvm-secret",
    failures: failuresOf(["username", "is required when a password is given"]),
  },
  {
    title: "a VMware proxy host without a destination data center",
    check: checkVmwareProviderInputs,
    input: (proxyHost) => ({ ...vmware, proxyHost }),
    known: "host1",
    failures: failuresOf([
      "proxyHost",
      "needs destinationDataCenter: the proxy host must belong to the data center the VMs go to",
    ]),
  },
];

for (const ruleCase of ruleCases) {
  test(`the rule against ${ruleCase.title} refuses known values`, (t) => {
    t.deepEqual(ruleCase.check(ruleCase.input(ruleCase.known)), {
      ok: false,
      failures: ruleCase.failures,
    });
  });

  test(`the rule against ${ruleCase.title} passes while the value is unknown`, (t) => {
    const outcome = ruleCase.check(ruleCase.input(UNKNOWN_VALUE));

    t.deepEqual(outcome.ok ? [] : outcome.failures, []);
  });
}

test("a required argument that is still unknown counts as given", (t) => {
  const outcome = checkExternalNetworkProviderInputs({ name: "ovn1", url: UNKNOWN_VALUE });

  t.true(outcome.ok);
});

test("isGiven is false for the unknown stand-in, mayBeGiven true", (t) => {
  const input = { unknown: UNKNOWN_VALUE, known: "x", empty: null };

  t.deepEqual(
    ["unknown", "known", "empty", "absent"].map((name) => [
      isGiven(input, name),
      mayBeGiven(input, name),
    ]),
    [
      [false, true],
      [true, true],
      [false, false],
      [false, false],
    ],
  );
});
