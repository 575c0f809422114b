import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(result.ok, `${result.operation} failed:\n${result.plan}`);
}

function providerOperations(result: DeploymentResult): string[] {
  return result.steps
    .filter((step) => step.type.startsWith("pulumi-nodejs:dynamic/ovirt:"))
    .map((step) => step.operation);
}

test("the OpenStack suite adds a region with one setting and removes it all again", async (t) => {
  const { stack, simulator, configure } = await openExampleStack(t, {
    program: "examples/openstack-suite",
    settings: { servicePassword: "service-secret" },
    secretSettings: ["servicePassword"],
  });

  const up = await stack.up();
  assertOk(t, up);
  t.deepEqual(
    simulator.inventory
      .providers()
      .map((provider) => provider.name)
      .sort(),
    ["north-glance", "north-neutron", "south-glance", "south-neutron"],
  );
  t.is(simulator.inventory.provider("north-neutron")?.userDomainName, "Default");

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual([...new Set(providerOperations(quiet))], ["same"]);
  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual([...new Set(providerOperations(refresh))], ["same"]);

  await configure({
    servicePassword: "rotated-secret",
    regions: JSON.stringify(["north", "south", "east"]),
  });
  const grown = await stack.up();
  assertOk(t, grown);
  t.is(providerOperations(grown).filter((operation) => operation === "create").length, 2);
  t.is(providerOperations(grown).filter((operation) => operation === "update").length, 4);
  t.is(simulator.inventory.provider("south-glance")?.password, "rotated-secret");

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(simulator.inventory.providers(), []);
});
