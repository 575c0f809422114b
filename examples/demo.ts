/**
 * `npm run demo`: the flagship example (examples/datacenter-providers) end to end against the
 * embedded engine simulator. It starts the simulator, installs the package from a packed tarball
 * as a user would, runs preview and up, shows what the engine now holds, previews again (no
 * changes expected), destroys everything and stops. With `--keep` it stops after up and leaves
 * the simulator serving and the stack in place until Ctrl-C, printing how to look at them.
 *
 * Programs run through the real Pulumi CLI with a local file backend when `pulumi` is on the
 * PATH, and otherwise through the test engine in tests/harness, which drives Pulumi's own
 * program runner and dynamic-provider plugin the way the CLI does.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { RunningSimulator } from "../simulator";
import { startSimulator } from "../simulator";
import type { DeploymentResult, ProgramStack } from "../tests/harness";
import { releaseSharedProgramFolders, sharedProgramFolder } from "../tests/harness";
import { openProgramStack } from "../tests/harness/program-stack";
import { simulatorStackConfig } from "../tests/helpers/simulated-engine";

const REPOSITORY_ROOT = path.resolve(__dirname, "..");
const PROJECT = "datacenter-providers";

/** The example's own settings; the passwords are demo values for the simulator only. */
const demoSettings: Record<string, string> = {
  foremanPassword: "demo-foreman",
  glancePassword: "demo-glance",
  neutronPassword: "demo-neutron",
  rabbitPassword: "demo-rabbit",
  cinderPassword: "demo-cinder",
  ovnPassword: "demo-ovn",
  cephKey: "AQAB5mJlAAAAABAAz4yqvX5aGJsLa0QpwA+1tA==",
};

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function requireSuccess(result: DeploymentResult): void {
  if (!result.ok) {
    throw new Error(`${result.operation} failed; the plan above says where`);
  }
}

function showEngineContents(simulator: RunningSimulator): void {
  const providers = simulator.inventory.providers();
  say(`\nThe engine now holds ${providers.length} external providers:`);
  for (const provider of providers) {
    say(`  ${provider.name.padEnd(20)} ${provider.kind.padEnd(18)} ${provider.id}`);
  }
}

function showHowToInspect(simulator: RunningSimulator, stack: ProgramStack): void {
  const caFile = path.join(tmpdir(), "ovirt-demo-engine-ca.pem");
  writeFileSync(caFile, simulator.caCertificate);
  const login = `${simulator.username}:${simulator.password}`;

  say("\nThe simulator and the stack stay up until you press Ctrl-C. To look at them:");
  say(`  curl --cacert ${caFile} -u '${login}' -H 'Accept: application/json' \\`);
  say(`    ${simulator.apiUrl}/openstacknetworkproviders`);
  say(`  the program and its state: ${stack.programDirectory}`);
}

async function main(argv: readonly string[]): Promise<void> {
  const keep = argv.includes("--keep");

  const simulator = await startSimulator({
    engineVersion: "4.3",
    reachableHosts: ["ovn.example.com"],
  });
  say(`Simulated oVirt engine 4.3 at ${simulator.apiUrl}`);

  const folder = await sharedProgramFolder([REPOSITORY_ROOT], { ignoreScripts: true });
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(demoSettings)) values[`${PROJECT}:${key}`] = value;
  const secretKeys = Object.keys(demoSettings).map((key) => `${PROJECT}:${key}`);

  const stack = await openProgramStack({
    folder,
    program: path.join(REPOSITORY_ROOT, "examples", PROJECT),
    config: simulatorStackConfig(simulator, { values, secretKeys }),
    write: (text) => process.stdout.write(`\n${text}`),
  });
  say(
    `Running examples/${PROJECT} through ${stack.engine === "pulumi-cli" ? "the Pulumi CLI" : "the test engine (no Pulumi CLI found)"}`,
  );

  let cleanUp = true;
  try {
    requireSuccess(await stack.preview());
    requireSuccess(await stack.up());
    showEngineContents(simulator);

    const second = await stack.preview();
    requireSuccess(second);
    const changed = second.steps.filter((step) => step.operation !== "same").length;
    say(
      changed === 0
        ? "\nA second preview proposes no changes."
        : `\n${changed} unexpected changes.`,
    );

    if (keep) {
      cleanUp = false;
      showHowToInspect(simulator, stack);
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
      cleanUp = true;
      return;
    }

    requireSuccess(await stack.destroy());
    say(`\nDestroyed: the engine holds ${simulator.inventory.providers().length} providers.`);
  } finally {
    if (cleanUp) {
      await stack.dispose();
      await simulator.stop();
      await releaseSharedProgramFolders();
    }
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
