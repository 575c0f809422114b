// Starts Pulumi's dynamic-provider plugin as the CLI does: `node <sdk>/cmd/dynamic-provider
// <engineAddress>` with the program folder as working directory (so every require() inside a
// serialized provider resolves from the program's node_modules), reads the port from the first
// line of stdout, then configures it with the stack config before the first resource call.
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

import type { RunningEngineService } from "./engine-service";
import { startEngineService } from "./engine-service";
import type { StackConfig } from "./provider-client";
import { ProviderClient } from "./provider-client";
import { makeUrn } from "./urn";

/** Guards a plugin that never prints its port; not a speed target. */
const STARTUP_LIMIT_MS = 60_000;

export interface ProviderPluginOptions {
  /** The program folder: the plugin's working directory, from which providers require(). */
  folder: string;
  /** The folder whose node_modules holds @pulumi/pulumi. @default folder */
  sdkRoot?: string;
  /** Stack config for Configure, e.g. {values: {"ovirt:url": "..."}, secretKeys: [...]}. */
  config?: StackConfig;
  project?: string;
  stack?: string;
  /** An Engine service to hand the plugin; one is started (and stopped) when omitted. */
  engine?: RunningEngineService;
  /** Extra environment for the plugin process (merged over this process's). */
  env?: Record<string, string>;
  /** The Node.js binary. @default process.execPath, so a Node 22 test run uses Node 22. */
  nodePath?: string;
}

export interface ProviderPlugin {
  readonly client: ProviderClient;
  readonly engine: RunningEngineService;
  /** The plugin's stderr lines so far: the SDK prints there every error a method throws. */
  readonly stderr: string[];
  /**
   * Settles once every stderr line has been read, which is after the process ended: a line
   * written just before an answer may still be in the pipe when the answer arrives, so a test
   * asserting that no line says something waits for this after stop().
   */
  readonly stderrComplete: Promise<void>;
  /** The plugin's process id, for tests that check it is gone. */
  readonly pid: number;
  /** Closes the client, ends the process and, if it was started here, the engine service. */
  stop(): Promise<void>;
}

export async function startProviderPlugin(options: ProviderPluginOptions): Promise<ProviderPlugin> {
  const project = options.project ?? "harness";
  const stack = options.stack ?? "test";
  const config = options.config ?? { values: {} };
  const ownEngine = options.engine === undefined;
  const engine = options.engine ?? (await startEngineService());

  const sdkRoot = options.sdkRoot ?? options.folder;
  const script = path.join(sdkRoot, "node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js");
  const child = spawn(options.nodePath ?? process.execPath, [script, engine.address], {
    cwd: options.folder,
    env: { ...process.env, ...pluginEnvironment(sdkRoot, project, stack, config), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  const stderrLines = createInterface({ input: child.stderr! });
  stderrLines.on("line", (line) => stderr.push(line));
  const stderrComplete = new Promise<void>((resolve) => stderrLines.once("close", resolve));

  const stop = async () => {
    await endProcess(child);
    if (ownEngine) await engine.stop();
  };
  try {
    const port = await readPort(child, stderr);
    const client = new ProviderClient(`127.0.0.1:${port}`);
    const plugin: ProviderPlugin = {
      client,
      engine,
      stderr,
      stderrComplete,
      pid: child.pid!,
      stop: async () => {
        client.close();
        await stop();
      },
    };
    await configureLikeTheEngine(client, project, stack, config);
    return plugin;
  } catch (error) {
    await stop();
    throw error;
  }
}

// The engine hands plugins of a dynamic provider the whole stack config in PULUMI_CONFIG
// (pulumi/pulumi#17229), so pulumi.Config works inside a provider. Unconfirmed: whether the CLI
// also sets PULUMI_NODEJS_PROJECT; without it, a config key without a namespace is looked up
// under the project "project" (@pulumi/pulumi runtime/state.js:50, cmd/dynamic-provider/config.js:23).
function pluginEnvironment(sdkRoot: string, project: string, stack: string, config: StackConfig) {
  return {
    // See program-process.ts: a compile cache shared by every process of the install.
    NODE_COMPILE_CACHE: path.join(sdkRoot, ".node-compile-cache"),
    PULUMI_CONFIG: JSON.stringify(config.values),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(config.secretKeys ?? []),
    PULUMI_NODEJS_PROJECT: project,
    PULUMI_NODEJS_STACK: stack,
  };
}

async function configureLikeTheEngine(
  client: ProviderClient,
  project: string,
  stack: string,
  config: StackConfig,
): Promise<void> {
  const type = "pulumi:providers:pulumi-nodejs";
  const provider = {
    urn: makeUrn({ stack, project, type, name: "default" }),
    type,
    name: "default",
  };
  await client.getPluginInfo();
  // The plugin does not implement CheckConfig; checkConfig tolerates that, as the engine does.
  await client.checkConfig(provider, {}, {});
  await client.configure(provider, config);
}

function readPort(child: ChildProcess, stderr: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (reason: string) => {
      clearTimeout(limit);
      reject(new Error(`${reason}; its stderr was:\n${stderr.join("\n")}`));
    };
    const limit = setTimeout(
      () => fail("the dynamic-provider plugin printed no port"),
      STARTUP_LIMIT_MS,
    );
    child.once("exit", (code) => fail(`the dynamic-provider plugin exited with code ${code}`));
    lines.once("line", (line) => {
      clearTimeout(limit);
      const port = Number(line.trim());
      if (Number.isInteger(port) && port > 0) resolve(port);
      else fail(`the dynamic-provider plugin printed "${line}" instead of a port`);
    });
  });
}

/** Sends SIGTERM, then SIGKILL if the process lingers; resolves once it has exited. */
export function endProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
