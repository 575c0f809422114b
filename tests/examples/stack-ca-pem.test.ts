/**
 * Every example's Pulumi.yaml sets `ovirt:caFile: ./engine-ca.pem` for the simulator, and stack
 * config cannot remove a project value. A real-engine user who trusts the engine through
 * `ovirt:caPem` instead clears the project's file with `pulumi config set ovirt:caFile ""`, which
 * the provider reads as unset; examples/README.md gives that step. Neither stack writes the
 * program's engine-ca.pem, as on a machine that never ran the simulator.
 */
import test from "ava";

import { releaseSharedProgramFolders } from "../harness";
import { openExampleStack } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

const OVN_TYPE = "pulumi-nodejs:dynamic/ovirt:ExternalNetworkProvider";

test("an empty stack ovirt:caFile clears the project's, so ovirt:caPem alone trusts the engine", async (t) => {
  const { stack, simulator } = await openExampleStack(t, {
    program: "examples/ovn-network",
    settings: { ovnPassword: "ovn-secret" },
    secretSettings: ["ovnPassword"],
    simulator: { reachableHosts: ["ovn.example.com"] },
    withoutCaFile: true,
    stackValues: (engine) => ({ "ovirt:caFile": "", "ovirt:caPem": engine.caCertificate }),
  });

  const up = await stack.up();

  t.true(up.ok, `${up.plan}\n${JSON.stringify(up.diagnostics)}`);
  t.deepEqual(
    simulator.inventory.providers().map((provider) => provider.name),
    ["ovirt-provider-ovn"],
  );
  const destroy = await stack.destroy();
  t.true(destroy.ok, destroy.plan);
  t.deepEqual(simulator.inventory.providers(), []);
});

test("without the empty ovirt:caFile, a stack ovirt:caPem still meets the project's missing file", async (t) => {
  const { stack } = await openExampleStack(t, {
    program: "examples/ovn-network",
    settings: { ovnPassword: "ovn-secret" },
    secretSettings: ["ovnPassword"],
    withoutCaFile: true,
    stackValues: (engine) => ({ "ovirt:caPem": engine.caCertificate }),
  });

  const preview = await stack.preview();

  t.false(preview.ok);
  t.deepEqual(
    preview.steps.filter((step) => step.type === OVN_TYPE).map((step) => step.error),
    [
      `${OVN_TYPE} resource 'ovirt-provider-ovn': property connection value {} has a problem: ` +
        "the stack setting ovirt:caFile must name a readable PEM file; reading ./engine-ca.pem " +
        'failed (ENOENT); fix it with: pulumi config set ovirt:caFile "" (or pulumi config set ' +
        "ovirt:caFile /etc/pki/ovirt-engine/ca.pem)",
    ],
  );
});
