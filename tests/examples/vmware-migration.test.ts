import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(result.ok, `${result.operation} failed:\n${result.plan}`);
}

function importedVmNames(simulator: { inventory: { vms(): { name: string }[] } }): string[] {
  return simulator.inventory
    .vms()
    .map((vm) => vm.name)
    .sort();
}

test("a migration wave imports each VM once, grows, re-imports elsewhere and takes its VMs away", async (t) => {
  const { stack, simulator, configure } = await openExampleStack(t, {
    program: "examples/vmware-migration",
    simulator: {
      inventory: {
        storageDomains: [
          { name: "data1", dataCenter: "Default" },
          { name: "data2", dataCenter: "Default" },
        ],
      },
    },
    settings: { vmwarePassword: "vmware-secret" },
    secretSettings: ["vmwarePassword"],
  });

  const preview = await stack.preview();
  assertOk(t, preview);
  t.is(preview.changes.create, 4);
  t.is(simulator.requests.count("POST", "/ovirt-engine/api/externalvmimports"), 0);

  const up = await stack.up();
  assertOk(t, up);
  t.deepEqual(importedVmNames(simulator), ["db-01-ovirt", "web-01-ovirt"]);
  t.regex(
    String(up.outputs.virtV2vUrl),
    /^vpx:\/\/administrator%40vsphere\.local@vcenter\.example\.com\/Datacenter\/Production\/esxi-01\.example\.com$/,
  );

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual(quiet.changes, { same: 4 });
  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual(refresh.changes, { same: 3 }, "the vCenter provider and its two imports");

  const wave = JSON.stringify(["web-01", "db-01", "app-01"]);
  await configure({ vmwarePassword: "vmware-secret", vms: wave });
  const grown = await stack.up();
  assertOk(t, grown);
  t.is(grown.changes.create, 1);
  t.is(simulator.requests.count("POST", "/ovirt-engine/api/externalvmimports"), 3);

  await configure({ vmwarePassword: "vmware-secret", vms: wave, removeOnDestroy: "true" });
  const removable = await stack.up();
  assertOk(t, removable);
  t.is(removable.changes.update, 3);
  t.is(simulator.requests.count("POST", "/ovirt-engine/api/externalvmimports"), 3);

  await configure({
    vmwarePassword: "vmware-secret",
    vms: wave,
    removeOnDestroy: "true",
    storageDomain: "data2",
  });
  const restored = await stack.up();
  assertOk(t, restored);
  t.is(restored.changes.replace, 3);
  t.deepEqual(importedVmNames(simulator), ["app-01-ovirt", "db-01-ovirt", "web-01-ovirt"]);

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(importedVmNames(simulator), []);
});

test("an empty VMware data center fails preview naming the VMware provider and the field", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/vmware-migration",
    settings: { vmwarePassword: "vmware-secret", vmwareDataCenter: "" },
    secretSettings: ["vmwarePassword"],
  });

  const preview = await stack.preview();

  t.false(preview.ok);
  const failed = preview.steps.find(
    (step) => step.type === "pulumi-nodejs:dynamic/ovirt:VmwareProvider",
  );
  t.is(
    failed?.error,
    "pulumi-nodejs:dynamic/ovirt:VmwareProvider resource 'vcenter': property dataCenter " +
      "value {} has a problem: must not be empty",
  );
  t.is(simulator.requests.count("POST"), 0);
});
