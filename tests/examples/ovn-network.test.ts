import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

const ovnNetworks = [
  { id: "0f1e2d3c-0000-4000-8000-00000000000a", name: "tenant-web", subnets: [] },
  { id: "0f1e2d3c-0000-4000-8000-00000000000b", name: "tenant-db", subnets: [] },
  { id: "0f1e2d3c-0000-4000-8000-00000000000c", name: "tenant-cache", subnets: [] },
];

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(result.ok, `${result.operation} failed:\n${result.plan}`);
}

function operationsOf(result: DeploymentResult, type: string): string[] {
  return result.steps
    .filter((step) => step.type === `pulumi-nodejs:dynamic/ovirt:${type}`)
    .map((step) => step.operation);
}

function importedNames(simulator: { inventory: { networks(): { name: string }[] } }): string[] {
  return simulator.inventory
    .networks()
    .map((network) => network.name)
    .filter((name) => name.startsWith("tenant-"))
    .sort();
}

test("the OVN layout previews, imports its networks, stays quiet, updates, grows, moves and goes away", async (t) => {
  const { stack, simulator, configure } = await openExampleStack(t, {
    program: "examples/ovn-network",
    simulator: {
      reachableHosts: ["ovn.example.com"],
      inventory: { defaultProviderNetworks: ovnNetworks },
    },
    settings: { ovnPassword: "ovn-secret" },
    secretSettings: ["ovnPassword"],
  });

  const preview = await stack.preview();
  assertOk(t, preview);
  t.deepEqual(operationsOf(preview, "ImportedNetwork"), ["create", "create"]);
  t.deepEqual(simulator.inventory.providers(), [], "a preview changes nothing");

  const up = await stack.up();
  assertOk(t, up);
  t.is(simulator.inventory.provider("ovirt-provider-ovn")?.autoSync, true);
  t.deepEqual(importedNames(simulator), ["tenant-db", "tenant-web"]);

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual(quiet.changes, { same: 4 });
  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual([...new Set(operationsOf(refresh, "ImportedNetwork"))], ["same"]);

  await configure({
    ovnPassword: "rotated-secret",
    networks: JSON.stringify(["tenant-web", "tenant-db", "tenant-cache"]),
  });
  const grown = await stack.up();
  assertOk(t, grown);
  t.deepEqual(operationsOf(grown, "ExternalNetworkProvider"), ["update"]);
  t.is(simulator.inventory.provider("ovirt-provider-ovn")?.password, "rotated-secret");
  t.deepEqual(operationsOf(grown, "ImportedNetwork").sort(), ["create", "same", "same"]);
  t.deepEqual(importedNames(simulator), ["tenant-cache", "tenant-db", "tenant-web"]);

  await configure({
    ovnPassword: "rotated-secret",
    networks: JSON.stringify(["tenant-web", "tenant-db", "tenant-cache"]),
    dataCenter: "Secondary",
  });
  simulator.inventory.addDataCenter("Secondary");
  const moved = await stack.up();
  assertOk(t, moved);
  t.deepEqual([...new Set(operationsOf(moved, "ImportedNetwork"))], ["replace"]);

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(simulator.inventory.providers(), []);
  t.deepEqual(importedNames(simulator), []);
});
