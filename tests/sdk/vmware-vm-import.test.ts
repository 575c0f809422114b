import * as pulumi from "@pulumi/pulumi";
import test from "ava";

import type { VmwareProvider } from "../../sdk/vmware-provider";
import { withProviderSource } from "../../sdk/vmware-vm-import";

const VPX_URL = "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01";

/** Stands in for a VmwareProvider: only the outputs an import reads. */
const vcenter = {
  url: pulumi.output(VPX_URL),
  username: pulumi.output("administrator@vsphere.local"),
  password: pulumi.secret("vcenter-secret"),
  proxyHost: pulumi.output<string | undefined>("host1"),
} as unknown as VmwareProvider;

const target = { sourceVmName: "web01", cluster: "Default", storageDomain: "data1" };

function valueOf<T>(input: pulumi.Input<T> | undefined): Promise<T | undefined> {
  return new Promise((resolve) => pulumi.output(input).apply((value) => resolve(value as T)));
}

test("a VmwareProvider supplies url, username, password and proxy host", async (t) => {
  const args = withProviderSource({ ...target, vmwareProvider: vcenter });

  t.false("vmwareProvider" in args);
  t.is(await valueOf(args.url), VPX_URL);
  t.is(await valueOf(args.username), "administrator@vsphere.local");
  t.is(await valueOf(args.password), "vcenter-secret");
  t.is(await valueOf(args.proxyHost), "host1");
});

test("arguments given beside the VmwareProvider win", async (t) => {
  const args = withProviderSource({
    ...target,
    vmwareProvider: vcenter,
    username: "v2v@vsphere.local",
    proxyHost: "host2",
  });

  t.is(await valueOf(args.username), "v2v@vsphere.local");
  t.is(await valueOf(args.proxyHost), "host2");
});

test("VMware parts given beside the VmwareProvider keep its url out", (t) => {
  const vmware = { vcenter: "vc2.example.com", esxiHost: "esxi9", dataCenter: "DC2" };

  const args = withProviderSource({ ...target, vmwareProvider: vcenter, vmware });

  t.is(args.url, undefined);
  t.deepEqual(args.vmware, vmware);
});

test("without a VmwareProvider the arguments pass unchanged", (t) => {
  const args = { ...target, url: VPX_URL, username: "u", password: "p" };

  t.deepEqual(withProviderSource(args), args);
});
