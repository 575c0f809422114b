import test from "ava";

import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import {
  checkVmwareVmImportInputs,
  vmwareVmImportToEngine,
} from "../../../provider/codecs/vmware-vm-import";
import { failuresOf, refusesEach } from "./check-table";

const VPX_URL = "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01";

const valid = {
  url: VPX_URL,
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
  sourceVmName: "web01",
  cluster: "Default",
  storageDomain: "data1",
};

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

function engineBody(input: Record<string, unknown>): Record<string, unknown> {
  const outcome = checkVmwareVmImportInputs(input);
  if (!outcome.ok) {
    throw new Error(JSON.stringify(outcome.failures));
  }
  return vmwareVmImportToEngine(outcome.inputs);
}

refusesEach("VmwareVmImport", checkVmwareVmImportInputs, [
  {
    title: "every required argument missing at once",
    input: {},
    failures: failuresOf(
      ["sourceVmName", "is required"],
      ["cluster", "is required"],
      ["storageDomain", "is required"],
      ["url", "is required: give the virt-v2v source URL, or the vmware parts"],
      ["username", "is required to import from VMware"],
      ["password", "is required to import from VMware"],
    ),
  },
  {
    title: "an unknown source",
    input: withArguments({ source: "hyperv" }),
    failures: failuresOf(["source", 'must be "vmware" or "kvm" or "xen" (got "hyperv")']),
  },
  {
    title: "a KVM URL for a VMware source",
    input: withArguments({ url: "qemu+ssh://root@kvm.example.com/system" }),
    failures: failuresOf(["url", `must start with vpx:// for source "vmware", e.g. ${VPX_URL}`]),
  },
  {
    title: "a vpx URL for a Xen source",
    input: withArguments({ source: "xen" }),
    failures: failuresOf([
      "url",
      'must start with xen+ssh:// for source "xen", e.g. xen+ssh://root@xen.example.com',
    ]),
  },
  {
    title: "a URL without a scheme",
    input: withArguments({ url: "vcenter.example.com/Datacenter/esxi01" }),
    failures: failuresOf([
      "url",
      "must be a URL of at most 2048 characters without spaces, starting with a scheme such as vpx://",
    ]),
  },
  {
    title: "both a URL and the VMware parts",
    input: withArguments({
      vmware: { vcenter: "vcenter.example.com", esxiHost: "esxi01", dataCenter: "Datacenter" },
    }),
    failures: failuresOf(["vmware", "cannot be combined with url; give one of them"]),
  },
  {
    title: "VMware parts for a KVM source",
    input: {
      ...valid,
      url: undefined,
      source: "kvm",
      vmware: { vcenter: "vcenter.example.com", esxiHost: "esxi01", dataCenter: "Datacenter" },
    },
    failures: failuresOf(["vmware", 'applies only to source "vmware"; give url for kvm']),
  },
  {
    title: "VMware parts without an ESXi host",
    input: {
      ...valid,
      url: undefined,
      vmware: { vcenter: "vcenter.example.com", dataCenter: "Datacenter" },
    },
    failures: failuresOf(["vmware.esxiHost", "is required"]),
  },
  {
    title: "a KVM password without a user",
    input: {
      ...valid,
      source: "kvm",
      url: "qemu+ssh://root@kvm.example.com/system",
      username: undefined,
    },
    failures: failuresOf(["username", "is required when a password is given"]),
  },
  {
    title: "a source name with spaces and no new name",
    input: withArguments({ sourceVmName: "Web Server 01" }),
    failures: failuresOf([
      "newName",
      'is required because sourceVmName is no valid oVirt VM name (only letters, digits, ".", "_" and "-")',
    ]),
  },
  {
    title: "a new name with a space",
    input: withArguments({ newName: "web 01" }),
    failures: failuresOf([
      "newName",
      'may contain only letters, digits, ".", "_" and "-"; the engine refuses spaces (got "web 01")',
    ]),
  },
  {
    title: "removeOnDestroy given as a string, without quoting the password",
    input: withArguments({ removeOnDestroy: "yes", password: 7 }),
    failures: failuresOf(
      ["removeOnDestroy", 'must be true or false (got "yes")'],
      ["password", "must be a string"],
    ),
  },
  {
    title: "a misspelt storage domain, suggesting the right name",
    input: { ...valid, storageDomain: undefined, storageDomian: "data1" },
    failures: failuresOf(
      ["storageDomain", "is required"],
      ["storageDomian", 'is not an argument of VmwareVmImport; did you mean "storageDomain"?'],
    ),
  },
]);

test("VmwareVmImport applies its defaults", (t) => {
  t.deepEqual(checkVmwareVmImportInputs(valid), {
    ok: true,
    inputs: { ...valid, source: "vmware", removeOnDestroy: false },
  });
});

test("VmwareVmImport lets unknown preview values pass every rule", (t) => {
  const outcome = checkVmwareVmImportInputs(
    withArguments({ url: UNKNOWN_VALUE, password: UNKNOWN_VALUE, sourceVmName: UNKNOWN_VALUE }),
  );

  t.true(outcome.ok);
});

test("VmwareVmImport maps to the external VM import body with references by name", (t) => {
  t.deepEqual(engineBody(withArguments({ proxyHost: "host1", sparse: true })), {
    provider: "vmware",
    url: VPX_URL,
    username: "administrator@vsphere.local",
    password: "vcenter-secret",
    name: "web01",
    vm: { name: "web01" },
    cluster: { name: "Default" },
    storage_domain: { name: "data1" },
    host: { name: "host1" },
    sparse: "true",
  });
});

test("VmwareVmImport sends ids as ids, the new name and the drivers ISO", (t) => {
  const clusterId = "00000002-0002-0002-0002-000000000002";
  const body = engineBody(
    withArguments({ cluster: clusterId, newName: "web01-migrated", driversIso: "virtio-win.iso" }),
  );

  t.deepEqual(body.cluster, { id: clusterId });
  t.deepEqual(body.vm, { name: "web01-migrated" });
  t.deepEqual(body.drivers_iso, { id: "virtio-win.iso" });
  t.false("sparse" in body);
});

test("VmwareVmImport composes the vpx URL from the VMware parts and the user", (t) => {
  const body = engineBody({
    ...valid,
    url: undefined,
    username: "CORP\\v2v",
    vmware: {
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      dataCenter: "DC 1",
      cluster: "Prod",
      verifySsl: false,
    },
  });

  t.is(body.url, "vpx://CORP%5Cv2v@vcenter.example.com/DC%201/Prod/esxi01.example.com?no_verify=1");
});

test("VmwareVmImport takes a KVM source without credentials", (t) => {
  const body = engineBody({
    ...valid,
    source: "kvm",
    url: "qemu+ssh://root@kvm.example.com/system",
    username: undefined,
    password: undefined,
  });

  t.is(body.provider, "kvm");
  t.false("password" in body);
});
