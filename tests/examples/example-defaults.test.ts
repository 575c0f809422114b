/**
 * Every example comes up on its own defaults: the engine settings its Pulumi.yaml carries, the
 * simulator started with the flags its README gives, and no other setting than the secrets the
 * example requires. Only the simulator's URL (a free port instead of 8443) and the password are
 * given as stack config, as a user gives the password; the simulator's CA is written to the
 * copied program's engine-ca.pem, so the project's relative `ovirt:caFile` is what finds it.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

import test from "ava";

import type { RunningSimulator } from "../../simulator";
import { parseCliArguments } from "../../simulator/cli-arguments";
import { releaseSharedProgramFolders } from "../harness";
import { readProjectConfig } from "../harness/project-config";
import { openExampleStack, REPOSITORY_ROOT } from "./example-stack";

test.after.always(() => releaseSharedProgramFolders());

interface ExampleDefaults {
  name: string;
  /** The secrets the example requires (requireSecret), with demo values. */
  secrets: Record<string, string>;
  /** What the engine holds after `pulumi up`. */
  built(simulator: RunningSimulator): unknown;
  expected: unknown;
}

const providerNames = (simulator: RunningSimulator) =>
  simulator.inventory
    .providers()
    .map((provider) => provider.name)
    .sort();

const examples: ExampleDefaults[] = [
  {
    name: "datacenter-providers",
    secrets: {
      foremanPassword: "change-me",
      glancePassword: "change-me",
      neutronPassword: "change-me",
      rabbitPassword: "change-me",
      cinderPassword: "change-me",
      ovnPassword: "change-me",
      cephKey: "AQAB5mJlAAAAABAAz4yqvX5aGJsLa0QpwA+1tA==",
    },
    built: providerNames,
    expected: ["cinder", "foreman", "glance", "neutron", "ovirt-provider-ovn"],
  },
  {
    name: "foreman-provisioning",
    secrets: { foremanPassword: "change-me" },
    built: providerNames,
    expected: ["foreman-lab", "foreman-production"],
  },
  {
    name: "openstack-suite",
    secrets: { servicePassword: "change-me" },
    built: providerNames,
    expected: ["north-glance", "north-neutron", "south-glance", "south-neutron"],
  },
  {
    name: "ovn-network",
    secrets: { ovnPassword: "change-me" },
    built: (simulator) => ({
      providers: providerNames(simulator),
      networks: simulator.inventory
        .networks()
        .map((network) => network.name)
        .filter((name) => name.startsWith("provider-net-"))
        .sort(),
    }),
    expected: { providers: ["ovirt-provider-ovn"], networks: ["provider-net-1", "provider-net-2"] },
  },
  {
    name: "vmware-migration",
    secrets: { vmwarePassword: "change-me" },
    built: (simulator) =>
      simulator.inventory
        .vms()
        .map((vm) => vm.name)
        .sort(),
    expected: ["db-01-ovirt", "web-01-ovirt"],
  },
];

/** The simulator command of an example's README, parsed as the simulator's CLI parses it. */
async function readmeSimulatorCommand(name: string) {
  const readme = await fs.readFile(
    path.join(REPOSITORY_ROOT, "examples", name, "README.md"),
    "utf8",
  );
  const command = /`npm run simulator -- ([^`]+)`/.exec(readme);
  if (command === null) throw new Error(`examples/${name}/README.md gives no simulator command`);
  return parseCliArguments(command[1].trim().split(/\s+/));
}

for (const example of examples) {
  test(`${example.name}: Pulumi.yaml points at the simulator its README starts, CA file included`, async (t) => {
    const directory = path.join(REPOSITORY_ROOT, "examples", example.name);
    const command = await readmeSimulatorCommand(example.name);

    const { values } = await readProjectConfig(directory, example.name);

    t.like(values, {
      "ovirt:url": `https://127.0.0.1:${command.port}/ovirt-engine/api`,
      "ovirt:username": "admin@internal",
      "ovirt:caFile": "./engine-ca.pem",
    });
    t.false("ovirt:password" in values, "the password is never project config");
    t.is(
      path.resolve(directory, values["ovirt:caFile"]),
      path.resolve(REPOSITORY_ROOT, command.caFile),
      "the CA file is where the README's simulator command writes it",
    );
  });

  test(`${example.name} comes up and goes away on its own defaults`, async (t) => {
    const command = await readmeSimulatorCommand(example.name);
    const { stack, simulator } = await openExampleStack(t, {
      program: `examples/${example.name}`,
      simulator: {
        engineVersion: command.engineVersion,
        password: command.password,
        reachableHosts: command.reachableHosts,
      },
      settings: example.secrets,
      secretSettings: Object.keys(example.secrets),
      engineAddressOnly: true,
    });

    const up = await stack.up();

    t.true(up.ok, `${up.plan}\n${JSON.stringify(up.diagnostics)}`);
    t.deepEqual(example.built(simulator), example.expected);
    const destroy = await stack.destroy();
    t.true(destroy.ok, destroy.plan);
    t.deepEqual(simulator.inventory.providers(), []);
  });
}
