/**
 * The flagship example through the cycle Pulumi holds providers to: preview, up, a quiet second
 * preview, a quiet refresh, an in-place update, a replacement, destroy. Engine 4.3 keeps both the
 * Neutron agent configuration and Cinder.
 */
import { createHash } from "node:crypto";

import test from "ava";
import type { ExecutionContext } from "ava";

import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";
import { presentedCertificateSha256 } from "./presented-certificate";

const settings = {
  foremanPassword: "foreman-secret",
  glancePassword: "glance-secret",
  neutronPassword: "neutron-secret",
  rabbitPassword: "rabbit-secret",
  cinderPassword: "cinder-secret",
  ovnPassword: "ovn-secret",
  cephKey: "AQAB5mJlAAAAABAAz4yqvX5aGJsLa0QpwA+1tA==",
};
const secretSettings = Object.keys(settings);
const OVN_URL = "https://ovn.example.com:9696";
const providerTypes = [
  "ForemanProvider",
  "OpenStackImageProvider",
  "OpenStackNetworkProvider",
  "OpenStackVolumeProvider",
  "ExternalNetworkProvider",
];

test.after.always(() => releaseSharedProgramFolders());

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(
    result.ok,
    `${result.operation} failed:\n${result.plan}\n${JSON.stringify(result.diagnostics)}`,
  );
}

function providerSteps(result: DeploymentResult): Record<string, string> {
  const steps: Record<string, string> = {};
  for (const step of result.steps) {
    const type = step.type.replace("pulumi-nodejs:dynamic/ovirt:", "");
    if (providerTypes.includes(type)) steps[type] = step.operation;
  }
  return steps;
}

function allAre(operation: string): Record<string, string> {
  return Object.fromEntries(providerTypes.map((type) => [type, operation]));
}

test("the flagship environment comes up, stays quiet, updates, replaces and goes away", async (t) => {
  const { stack, simulator, configure } = await openExampleStack(t, {
    program: "examples/datacenter-providers",
    simulator: {
      engineVersion: "4.3",
      reachableHosts: ["ovn.example.com"],
      inventory: { dataCenters: [{ name: "Default" }, { name: "Secondary" }] },
    },
    settings,
    secretSettings,
  });
  // Pin OVN's certificate as a careful admin would, so the pinning path runs, not the fallback.
  const ovnCertificateSha256 = await presentedCertificateSha256(simulator, OVN_URL);
  const pinned = { ...settings, ovnCertificateSha256 };
  await configure(pinned);

  const preview = await stack.preview();
  assertOk(t, preview);
  t.deepEqual(providerSteps(preview), allAre("create"));
  t.is(simulator.inventory.providers().length, 0, "a preview changes nothing");

  const up = await stack.up();
  assertOk(t, up);
  t.deepEqual(providerSteps(up), allAre("create"));
  t.is(simulator.inventory.providers().length, 5);
  t.deepEqual(
    simulator.inventory
      .trustedCertificates()
      .map((der) => createHash("sha256").update(Buffer.from(der, "base64")).digest("hex")),
    [ovnCertificateSha256],
    "the engine trusts exactly the pinned certificate",
  );

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual(providerSteps(quiet), allAre("same"));

  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual(providerSteps(refresh), allAre("same"));

  await configure({ ...pinned, foremanUsername: "provisioner" });
  const update = await stack.up();
  assertOk(t, update);
  t.is(providerSteps(update).ForemanProvider, "update");
  t.is(simulator.inventory.provider("foreman")?.username, "provisioner");

  await configure({ ...pinned, foremanUsername: "provisioner", dataCenter: "Secondary" });
  const replace = await stack.up();
  assertOk(t, replace);
  t.is(providerSteps(replace).OpenStackVolumeProvider, "replace");
  t.is(simulator.inventory.providers().length, 5);

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(simulator.inventory.providers(), []);
});

test("a bad setting fails preview naming the resource and the field", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/datacenter-providers",
    simulator: { engineVersion: "4.3" },
    settings: { ...settings, domain: "not a domain" },
    secretSettings,
  });

  const preview = await stack.preview();

  t.false(preview.ok);
  const foreman = preview.steps.find(
    (step) => step.type === "pulumi-nodejs:dynamic/ovirt:ForemanProvider",
  );
  t.is(
    foreman?.error,
    "pulumi-nodejs:dynamic/ovirt:ForemanProvider resource 'foreman': property url value " +
      "{https://foreman.not a domain} has a problem: must be an absolute URL starting with " +
      'http:// or https://, e.g. https://foreman.example.com (got "https://foreman.not a domain")',
  );
  t.is(simulator.requests.count("POST"), 0);
});
