/**
 * `npm run demo`: the flagship example (examples/datacenter-providers) end to end against the
 * embedded engine simulator. It starts the simulator, installs the package from a packed tarball
 * as a user would, runs preview and up, shows what the engine now holds, previews again (no
 * changes expected), destroys everything and stops. With `--keep` it stops after up and leaves
 * the simulator serving and the stack in place until Ctrl-C (SIGINT) or SIGTERM, printing how
 * to look at them. It exits non-zero when a step fails or the second preview proposes changes.
 * OVN's certificate is pinned by its fingerprint, learnt from the engine, as an admin would.
 *
 * Programs run through the real Pulumi CLI with a local file backend when `pulumi` is on the
 * PATH, and otherwise through the test engine in tests/harness, which drives Pulumi's own
 * program runner and dynamic-provider plugin the way the CLI does.
 */
import path from "node:path";

import type { RunningSimulator } from "../simulator";
import { startSimulator } from "../simulator";
import type { DeploymentResult, ProgramStack } from "../tests/harness";
import { releaseSharedProgramFolders, sharedProgramFolder } from "../tests/harness";
import { openProgramStack } from "../tests/harness/program-stack";
import { presentedCertificateSha256 } from "../tests/examples/presented-certificate";
import { simulatorCaFile, simulatorStackConfig } from "../tests/helpers/simulated-engine";

const REPOSITORY_ROOT = path.resolve(__dirname, "..");
const PROJECT = "datacenter-providers";
/** The OVN URL the flagship composes from its default domain (settings.ts). */
const OVN_URL = "https://ovn.example.com:9696";

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
  const failed = result.steps.filter((step) => step.error !== undefined);
  if (!result.ok || failed.length > 0) {
    const where = failed.map((step) => step.urn).join(", ");
    throw new Error(
      `${result.operation} failed${where === "" ? "" : ` (${where})`}; the plan above says why`,
    );
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
  const login = `${simulator.username}:${simulator.password}`;

  say("\nThe simulator and the stack stay up until Ctrl-C (or SIGTERM). To look at them:");
  say(
    `  curl --cacert ${simulatorCaFile(simulator)} -u '${login}' -H 'Accept: application/json' \\`,
  );
  say(`    ${simulator.apiUrl}/openstacknetworkproviders`);
  say(`  the program: ${stack.programDirectory}`);
  if (stack.engine === "pulumi-cli") {
    say(`  the stack's state, in the CLI's file backend: ${stack.stateLocation}`);
    say(
      `    PULUMI_BACKEND_URL=${stack.stateLocation} PULUMI_CONFIG_PASSPHRASE=harness ` +
        `pulumi stack export --stack test --cwd ${stack.programDirectory}`,
    );
  } else {
    say(
      `  the stack's state (the test engine's JSON, secrets base64-encoded): ${stack.stateLocation}`,
    );
  }
}

function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const keep = argv.includes("--keep");

  const simulator = await startSimulator({
    engineVersion: "4.3",
    reachableHosts: ["ovn.example.com"],
  });
  say(`Simulated oVirt engine 4.3 at ${simulator.apiUrl}`);

  const ovnCertificateSha256 = await presentedCertificateSha256(simulator, OVN_URL);
  say(`Pinning the certificate ${OVN_URL} presents: sha256 ${ovnCertificateSha256}`);

  const folder = await sharedProgramFolder([REPOSITORY_ROOT], { ignoreScripts: true });
  const values: Record<string, string> = {
    [`${PROJECT}:ovnCertificateSha256`]: ovnCertificateSha256,
  };
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

  try {
    requireSuccess(await stack.preview());
    requireSuccess(await stack.up());
    showEngineContents(simulator);

    const second = await stack.preview();
    requireSuccess(second);
    const changed = second.steps.filter((step) => step.operation !== "same");
    if (changed.length > 0) {
      const listed = changed.map((step) => `${step.operation} ${step.urn}`).join("\n  ");
      throw new Error(`a second preview proposes ${changed.length} changes:\n  ${listed}`);
    }
    say("\nA second preview proposes no changes.");

    if (keep) {
      showHowToInspect(simulator, stack);
      const signal = await untilStopped();
      say(`\n${signal}: stopping the simulator and removing the stack.`);
      return;
    }

    requireSuccess(await stack.destroy());
    say(`\nDestroyed: the engine holds ${simulator.inventory.providers().length} providers.`);
  } finally {
    await stack.dispose();
    await simulator.stop();
    await releaseSharedProgramFolders();
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
