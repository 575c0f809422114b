// A stack of one Pulumi program that tests drive through preview, up, refresh and destroy. Two
// engines implement it: our test engine (always available) and the real Pulumi CLI through the
// Automation API (when a `pulumi` binary is on PATH). openProgramStack is the one switch.
import { execFileSync } from "node:child_process";

import type { DeploymentResult } from "./deployment-result";
import type { StoredResource } from "./deployment-state";
import type { ProgramFolder } from "./package-install";
import type { StackConfig } from "./provider-client";

export type EngineKind = "test-engine" | "pulumi-cli";

export interface ProgramStackOptions {
  /** The installed packages (installPackages or sharedProgramFolder). */
  folder: ProgramFolder;
  /** The program's source folder (Pulumi.yaml, package.json, index.ts); it is copied. */
  program: string;
  /** @default "test" */
  stack?: string;
  config?: StackConfig;
  /** How many steps may run at once, like --parallel. @default 4 x CPU count */
  parallel?: number;
  /** Where the short plan of each operation is written. @default process.stdout */
  write?: (text: string) => void;
  /** Force an engine; by default the CLI when `pulumi` is on PATH, else the test engine. */
  engine?: EngineKind;
}

export interface ProgramStack {
  readonly engine: EngineKind;
  /** The copy of the program that runs. */
  readonly programDirectory: string;
  /**
   * Where the stack's state lives: the test engine's JSON state file, or the `file://` backend
   * URL the CLI was given (inspect it with `pulumi stack export` and that PULUMI_BACKEND_URL).
   */
  readonly stateLocation: string;
  /** Replaces the stack config for the next operations. */
  setConfig(config: StackConfig): Promise<void>;
  /** Replaces the program's files with those of another source folder (an edited version). */
  setProgram(source: string): Promise<void>;
  preview(): Promise<DeploymentResult>;
  up(): Promise<DeploymentResult>;
  refresh(): Promise<DeploymentResult>;
  destroy(): Promise<DeploymentResult>;
  /** What state holds now, secrets wrapped. */
  exportState(): Promise<StoredResource[]>;
  /** Stops processes and removes the program copy and its state. */
  dispose(): Promise<void>;
}

/** Opens a stack on the real CLI when one is installed, otherwise on the test engine. */
export async function openProgramStack(options: ProgramStackOptions): Promise<ProgramStack> {
  const engine = options.engine ?? (pulumiCliAvailable() ? "pulumi-cli" : "test-engine");
  if (engine === "pulumi-cli") {
    const { openCliStack } = await import("./cli-stack");
    return openCliStack(options);
  }
  const { openTestEngineStack } = await import("./test-engine-stack");
  return openTestEngineStack(options);
}

export function pulumiCliAvailable(): boolean {
  try {
    execFileSync("pulumi", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
