// Starts a Pulumi program as the Node.js language host does: `node <sdk>/cmd/run --monitor=...
// --engine=... --project=... --stack=... --pwd=DIR --root-directory=DIR [--dry-run] .` with the
// stack config in PULUMI_CONFIG and, for TypeScript, PULUMI_NODEJS_TYPESCRIPT and
// PULUMI_NODEJS_TRANSPILE_ONLY (pulumi-dynamic.md section 7).
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

import type { StackConfig } from "./provider-client";
import { endProcess } from "./provider-plugin";

export interface ProgramProcessOptions {
  /** The program's own folder (holds Pulumi.yaml, package.json, index.ts). */
  programDirectory: string;
  /** The folder whose node_modules holds @pulumi/pulumi (the program folder or an ancestor). */
  sdkRoot: string;
  monitorAddress: string;
  engineAddress: string;
  project: string;
  stack: string;
  config: StackConfig;
  dryRun: boolean;
  typescript: boolean;
  parallel: number;
  nodePath?: string;
}

export interface ProgramProcess {
  /** Resolves with the exit code (null when ended by a signal). */
  readonly exited: Promise<number | null>;
  readonly stdout: string[];
  readonly stderr: string[];
  stop(): Promise<void>;
}

export function startProgramProcess(options: ProgramProcessOptions): ProgramProcess {
  const runScript = path.join(options.sdkRoot, "node_modules/@pulumi/pulumi/cmd/run");
  const args = [
    runScript,
    `--monitor=${options.monitorAddress}`,
    `--engine=${options.engineAddress}`,
    `--organization=organization`,
    `--project=${options.project}`,
    `--stack=${options.stack}`,
    `--pwd=${options.programDirectory}`,
    `--root-directory=${options.programDirectory}`,
    `--parallel=${options.parallel}`,
    ...(options.dryRun ? ["--dry-run"] : []),
    ".",
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // ts-node keeps a compile cache in the system temp folder unless told otherwise; keep it in
    // the install, so it is shared by runs and removed with the folder.
    TS_NODE_CACHE_DIRECTORY: path.join(options.sdkRoot, ".ts-node-cache"),
    // Node 22 caches compiled modules here (Node 20 ignores it): loading the SDK is most of a
    // program run's cost, and every run loads the same copy.
    NODE_COMPILE_CACHE: path.join(options.sdkRoot, ".node-compile-cache"),
    PULUMI_CONFIG: JSON.stringify(options.config.values),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(options.config.secretKeys ?? []),
  };
  if (options.typescript) {
    env.PULUMI_NODEJS_TYPESCRIPT = "true";
    env.PULUMI_NODEJS_TRANSPILE_ONLY = "true";
  }
  const child: ChildProcess = spawn(options.nodePath ?? process.execPath, args, {
    cwd: options.programDirectory,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });

  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => stdout.push(line));
  createInterface({ input: child.stderr! }).on("line", (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
  return { exited, stdout, stderr, stop: () => endProcess(child) };
}
