import test from "ava";
import type { ExecutionContext } from "ava";

import { startSimulator } from "../../simulator";
import type { DeploymentResult } from "../harness";
import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

const reachableForemen = ["foreman.lab.example.com", "foreman.production.example.com"];

function assertOk(t: ExecutionContext, result: DeploymentResult): void {
  t.true(result.ok, `${result.operation} failed:\n${result.plan}`);
}

function providerOperations(result: DeploymentResult): string[] {
  return result.steps
    .filter((step) => step.type.startsWith("pulumi-nodejs:dynamic/ovirt:"))
    .map((step) => step.operation);
}

test("Foreman providers come up, update in place, move to another engine and go away", async (t) => {
  const { stack, simulator, configure } = await openExampleStack(t, {
    program: "examples/foreman-provisioning",
    simulator: { reachableHosts: reachableForemen },
    settings: { foremanPassword: "foreman-secret" },
    secretSettings: ["foremanPassword", "siteEngines"],
  });

  const preview = await stack.preview();
  assertOk(t, preview);
  t.deepEqual(providerOperations(preview), ["create", "create"]);
  t.deepEqual(simulator.inventory.providers(), [], "a preview changes nothing");

  const up = await stack.up();
  assertOk(t, up);
  t.is(simulator.inventory.providers().length, 2);
  t.is(simulator.inventory.trustedCertificates().length, 2);
  t.is(simulator.requests.count("POST", "/ovirt-engine/api/externalhostproviders"), 2);

  const quiet = await stack.preview();
  assertOk(t, quiet);
  t.deepEqual([...new Set(providerOperations(quiet))], ["same"]);
  const refresh = await stack.refresh();
  assertOk(t, refresh);
  t.deepEqual([...new Set(providerOperations(refresh))], ["same"]);

  await configure({ foremanPassword: "foreman-secret", foremanUsername: "provisioner" });
  const update = await stack.up();
  assertOk(t, update);
  t.deepEqual(providerOperations(update), ["update", "update"]);
  t.is(simulator.inventory.provider("foreman-lab")?.username, "provisioner");

  const labEngine = await startSimulator({ reachableHosts: reachableForemen });
  t.teardown(() => labEngine.stop());
  const siteEngines = {
    lab: {
      url: labEngine.apiUrl,
      username: labEngine.username,
      password: labEngine.password,
      caPem: labEngine.caCertificate,
    },
  };
  await configure({
    foremanPassword: "foreman-secret",
    foremanUsername: "provisioner",
    siteEngines: JSON.stringify(siteEngines),
  });
  const moved = await stack.up();
  assertOk(t, moved);
  t.deepEqual(providerOperations(moved).sort(), ["replace", "same"]);
  t.is(simulator.inventory.provider("foreman-lab"), undefined);
  t.truthy(labEngine.inventory.provider("foreman-lab"));

  const destroy = await stack.destroy();
  assertOk(t, destroy);
  t.deepEqual(simulator.inventory.providers(), []);
  t.deepEqual(labEngine.inventory.providers(), []);
});

test("an unreachable Foreman fails the connectivity test and stays in state", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/foreman-provisioning",
    settings: { foremanPassword: "foreman-secret", sites: JSON.stringify(["lab"]) },
    secretSettings: ["foremanPassword"],
  });

  const up = await stack.up();

  t.false(up.ok);
  t.true(
    up.steps.some(
      (step) => step.error !== undefined && /certificate|connectivity/.test(step.error),
    ),
  );
  const stored = await stack.exportState();
  const foreman = simulator.inventory.provider("foreman-lab");
  t.truthy(foreman);
  t.true(stored.some((resource) => resource.id === foreman?.id));
});

test("an empty Foreman username fails preview naming the provider and the field", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/foreman-provisioning",
    simulator: { reachableHosts: reachableForemen },
    settings: {
      foremanPassword: "foreman-secret",
      foremanUsername: "",
      sites: JSON.stringify(["lab"]),
    },
    secretSettings: ["foremanPassword"],
  });

  const preview = await stack.preview();

  t.false(preview.ok);
  const failed = preview.steps.find((step) => step.urn.endsWith("::foreman-lab"));
  t.is(
    failed?.error,
    "pulumi-nodejs:dynamic/ovirt:ForemanProvider resource 'foreman-lab': property " +
      "authentication.username value {} has a problem: must not be empty",
  );
  t.is(simulator.requests.count("POST"), 0);
});
