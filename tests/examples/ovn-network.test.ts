import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

// The simulator's two default OVN networks (the example's default `networks`) and a third.
const ovnNetworks = [
  { id: "0f1e2d3c-0000-4000-8000-00000000000a", name: "provider-net-1", subnets: [] },
  { id: "0f1e2d3c-0000-4000-8000-00000000000b", name: "provider-net-2", subnets: [] },
  { id: "0f1e2d3c-0000-4000-8000-00000000000c", name: "provider-net-3", subnets: [] },
];
const grownNetworks = JSON.stringify(["provider-net-1", "provider-net-2", "provider-net-3"]);
const OVN_TYPE = "pulumi-nodejs:dynamic/ovirt:ExternalNetworkProvider";

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
    .filter((name) => name.startsWith("provider-net-"))
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
  t.deepEqual(importedNames(simulator), ["provider-net-1", "provider-net-2"]);

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual(quiet.changes, { same: 4 });
  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual(refresh.changes, { same: 3 }, "the provider and its two networks");

  await configure({
    ovnPassword: "rotated-secret",
    networks: grownNetworks,
  });
  const grown = await stack.up();
  assertOk(t, grown);
  t.deepEqual(operationsOf(grown, "ExternalNetworkProvider"), ["update"]);
  t.is(simulator.inventory.provider("ovirt-provider-ovn")?.password, "rotated-secret");
  t.deepEqual(operationsOf(grown, "ImportedNetwork").sort(), ["create", "same", "same"]);
  t.deepEqual(importedNames(simulator), ["provider-net-1", "provider-net-2", "provider-net-3"]);

  await configure({
    ovnPassword: "rotated-secret",
    networks: grownNetworks,
    dataCenter: "Secondary",
  });
  simulator.inventory.addDataCenter("Secondary");
  const moved = await stack.up();
  assertOk(t, moved);
  // The names cannot collide in another data center, so each new import comes first and the
  // old logical networks go after them, inside the replace step as the CLI counts it.
  t.deepEqual(operationsOf(moved, "ImportedNetwork"), ["replace", "replace", "replace"]);
  t.deepEqual(
    moved.steps
      .filter((step) => step.type === "pulumi-nodejs:dynamic/ovirt:ImportedNetwork")
      .map((step) => step.deleteBeforeReplace),
    [false, false, false],
  );
  t.deepEqual(importedNames(simulator), ["provider-net-1", "provider-net-2", "provider-net-3"]);

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(simulator.inventory.providers(), []);
  t.deepEqual(importedNames(simulator), []);
});

test("a malformed certificate fingerprint fails preview naming the OVN provider and the field", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/ovn-network",
    simulator: { reachableHosts: ["ovn.example.com"] },
    settings: { ovnPassword: "ovn-secret", ovnCertificateSha256: "not-a-fingerprint" },
    secretSettings: ["ovnPassword"],
  });

  const preview = await stack.preview();

  t.false(preview.ok);
  const failed = preview.steps.find((step) => step.type === OVN_TYPE);
  t.is(
    failed?.error,
    `${OVN_TYPE} resource 'ovirt-provider-ovn': property trustedCertificate.sha256 value {} ` +
      "has a problem: must be a SHA-256 fingerprint: 64 hex digits, optionally in " +
      "colon-separated pairs (AB:CD:...)",
  );
  t.is(simulator.requests.count("POST"), 0);
});
