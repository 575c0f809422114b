import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(result.ok, `${result.operation} failed:\n${result.plan}`);
}

function operationsOf(result: DeploymentResult, type: string): string[] {
  return result.steps
    .filter((step) => step.type === `pulumi-nodejs:dynamic/ovirt:${type}`)
    .map((step) => step.operation);
}

function distinctProviderOperations(result: DeploymentResult): string[] {
  const operations = result.steps
    .filter((step) => step.type.startsWith("pulumi-nodejs:dynamic/ovirt:"))
    .map((step) => step.operation);
  return [...new Set(operations)];
}

const glanceHosts = ["north", "south", "east"].map((region) => `glance.${region}.example.com`);
const templates = {
  templateImages: JSON.stringify(["cirros-0.6.2"]),
  templateStorageDomain: "data1",
};

function templateNames(simulator: {
  inventory: { vms(): { name: string; isTemplate?: boolean }[] };
}) {
  return simulator.inventory
    .vms()
    .filter((vm) => vm.isTemplate === true)
    .map((vm) => vm.name)
    .sort();
}

test("the OpenStack suite with its templates adds a region with one setting, moves its volumes and goes away", async (t) => {
  const { stack, simulator, configure } = await openExampleStack(t, {
    program: "examples/openstack-suite",
    // 4.4 is the newest engine that still serves Cinder.
    simulator: {
      engineVersion: "4.4",
      inventory: { dataCenters: [{ name: "Default" }, { name: "Secondary" }] },
      reachableHosts: glanceHosts,
    },
    settings: { servicePassword: "service-secret", volumeDataCenter: "Default", ...templates },
    secretSettings: ["servicePassword"],
  });

  const preview = await stack.preview();
  assertOk(t, preview);
  t.is(
    preview.changes.create,
    11,
    "the stack, two regions with three providers and a template each",
  );
  t.deepEqual(simulator.inventory.providers(), [], "a preview changes nothing");

  const up = await stack.up();
  assertOk(t, up);
  t.deepEqual(
    simulator.inventory
      .providers()
      .map((provider) => provider.name)
      .sort(),
    [
      "north-cinder",
      "north-glance",
      "north-neutron",
      "south-cinder",
      "south-glance",
      "south-neutron",
    ],
  );
  t.is(simulator.inventory.provider("north-neutron")?.userDomainName, "Default");
  t.deepEqual(templateNames(simulator), ["north-cirros-0.6.2", "south-cirros-0.6.2"]);

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual(distinctProviderOperations(quiet), ["same"]);
  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual(distinctProviderOperations(refresh), ["same"]);

  const wider = { servicePassword: "rotated-secret", volumeDataCenter: "Default", ...templates };
  await configure({ ...wider, regions: JSON.stringify(["north", "south", "east"]) });
  const grown = await stack.up();
  assertOk(t, grown);
  t.is(grown.changes.create, 5, "east's component, its three providers and its template");
  t.deepEqual(operationsOf(grown, "ImportedImage").sort(), ["create", "same", "same"]);
  t.deepEqual(operationsOf(grown, "OpenStackImageProvider").sort(), ["create", "update", "update"]);
  t.is(simulator.inventory.provider("south-glance")?.password, "rotated-secret");

  await configure({
    ...wider,
    regions: JSON.stringify(["north", "south", "east"]),
    volumeDataCenter: "Secondary",
  });
  const moved = await stack.up();
  assertOk(t, moved);
  t.deepEqual(operationsOf(moved, "OpenStackVolumeProvider"), ["replace", "replace", "replace"]);
  t.is(simulator.inventory.providers().length, 9);

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(simulator.inventory.providers(), []);
  t.deepEqual(templateNames(simulator), []);
  t.deepEqual(simulator.inventory.disks(), []);
});

test("a Keystone URL without a scheme fails preview naming the region's provider and the field", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/openstack-suite",
    settings: {
      servicePassword: "service-secret",
      keystoneUrl: "keystone.example.com:5000/v3",
      regions: JSON.stringify(["north"]),
    },
    secretSettings: ["servicePassword"],
  });

  const preview = await stack.preview();

  t.false(preview.ok);
  const failed = preview.steps.find((step) => step.urn.endsWith("::north-neutron"));
  t.is(
    failed?.error,
    "pulumi-nodejs:dynamic/ovirt:OpenStackNetworkProvider resource 'north-neutron': property " +
      "authentication.keystoneUrl value {} has a problem: must be an absolute URL starting " +
      "with http:// or https://, e.g. https://keystone.example.com:35357/v3",
  );
  t.is(simulator.requests.count("POST"), 0);
});
