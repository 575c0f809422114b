// The ProgramStack of our test engine: state in a JSON file next to the program copy, one Engine
// service for the stack's life, and one dynamic-provider plugin reused across operations while
// the config stays the same. The real CLI starts a fresh plugin per command; reusing it is safe
// here because the plugin configures a provider once per process (cmd/dynamic-provider/
// index.js:67-81), so the plugin is only restarted when the config it was configured with changes.
import os from "node:os";
import path from "node:path";
import { promises as fs } from "node:fs";

import { createLimiter } from "./concurrency-limit";
import type { Limiter } from "./concurrency-limit";
import type { DeploymentResult, OperationKind, Step } from "./deployment-result";
import { summarizeSteps } from "./deployment-result";
import type { StoredResource } from "./deployment-state";
import { readState, writeState } from "./deployment-state";
import { deleteInDependencyOrder } from "./delete-order";
import type { LogEntry, RunningEngineService } from "./engine-service";
import { startEngineService } from "./engine-service";
import { formatPlan } from "./plan-text";
import {
  copyProgram,
  linkProgramDependencies,
  readProjectName,
  replaceProgramFiles,
} from "./program-copy";
import { ProgramDeployment } from "./program-deployment";
import { mergeProjectConfig, readProjectConfig } from "./project-config";
import { startProgramProcess } from "./program-process";
import type { ProgramStack, ProgramStackOptions } from "./program-stack";
import { sameValues } from "./property-values";
import type { StackConfig } from "./provider-client";
import type { ProviderPlugin } from "./provider-plugin";
import { startProviderPlugin } from "./provider-plugin";
import { startResourceMonitor } from "./resource-monitor";

const STATE_FILE = ".harness-state.json";

export async function openTestEngineStack(options: ProgramStackOptions): Promise<ProgramStack> {
  const programDirectory = await copyProgram(options.folder, options.program);
  try {
    const project = await readProjectName(programDirectory);
    const engine = await startEngineService();
    return new TestEngineStack(options, programDirectory, project, engine);
  } catch (error) {
    await fs.rm(programDirectory, { recursive: true, force: true });
    throw error;
  }
}

class TestEngineStack implements ProgramStack {
  readonly engine = "test-engine";
  private config: StackConfig;
  private plugin?: { config: string; started: Promise<ProviderPlugin> };
  private readonly stack: string;
  private readonly limit: Limiter;
  private readonly parallel: number;
  private readonly stateFile: string;
  readonly stateLocation: string;

  constructor(
    private readonly options: ProgramStackOptions,
    readonly programDirectory: string,
    private readonly project: string,
    private readonly engineService: RunningEngineService,
  ) {
    this.config = options.config ?? { values: {} };
    this.stack = options.stack ?? "test";
    this.parallel = options.parallel ?? 4 * os.cpus().length;
    this.limit = createLimiter(this.parallel);
    this.stateFile = path.join(programDirectory, STATE_FILE);
    this.stateLocation = this.stateFile;
  }

  async setConfig(config: StackConfig): Promise<void> {
    this.config = config;
  }

  async setProgram(source: string): Promise<void> {
    await replaceProgramFiles(this.programDirectory, source);
    await linkProgramDependencies(this.options.folder, this.programDirectory);
  }

  preview(): Promise<DeploymentResult> {
    return this.runProgram("preview");
  }

  up(): Promise<DeploymentResult> {
    return this.runProgram("up");
  }

  async refresh(): Promise<DeploymentResult> {
    const logStart = this.engineService.logs.length;
    const client = (await this.currentPlugin(await this.effectiveConfig())).client;
    const old = await readState(this.stateFile);
    const steps: Step[] = [];
    const diagnostics: LogEntry[] = [];

    const refreshed = await Promise.all(
      old.map((resource) =>
        this.limit(async (): Promise<StoredResource | undefined> => {
          if (!resource.custom || !resource.id) return resource;
          const step: Step = { urn: resource.urn, type: resource.type, operation: "same" };
          steps.push(step);
          try {
            const read = await client.read(
              { urn: resource.urn, id: resource.id },
              resource.outputs,
              resource.inputs,
              { additionalSecretOutputs: resource.additionalSecretOutputs },
            );
            if (read.id === "") {
              step.operation = "delete";
              return undefined;
            }
            if (!sameValues(read.outputs, resource.outputs)) step.operation = "update";
            return {
              ...resource,
              id: read.id,
              outputs: read.outputs,
              inputs: read.inputs ?? resource.inputs,
            };
          } catch (error) {
            step.error = messageOf(error);
            diagnostics.push(errorEntry(resource.urn, step.error));
            return resource;
          }
        }),
      ),
    );
    await writeState(
      this.stateFile,
      refreshed.filter((r): r is StoredResource => r !== undefined),
    );
    return this.finish("refresh", steps, {}, [
      ...this.engineService.logs.slice(logStart),
      ...diagnostics,
    ]);
  }

  async destroy(): Promise<DeploymentResult> {
    const logStart = this.engineService.logs.length;
    const client = (await this.currentPlugin(await this.effectiveConfig())).client;
    const old = await readState(this.stateFile);
    const steps: Step[] = [];
    const diagnostics: LogEntry[] = [];
    const deleted = new Set<StoredResource>();

    await deleteInDependencyOrder(old, (resource) =>
      this.limit(async () => {
        const step: Step = { urn: resource.urn, type: resource.type, operation: "delete" };
        try {
          if (resource.custom && resource.id) {
            await client.delete(
              { urn: resource.urn, id: resource.id },
              resource.outputs,
              resource.inputs,
            );
          }
          deleted.add(resource);
          steps.push(step);
        } catch (error) {
          step.error = messageOf(error);
          steps.push(step);
          diagnostics.push(errorEntry(resource.urn, step.error));
          throw error;
        }
      }),
    ).catch(() => undefined);
    await writeState(
      this.stateFile,
      old.filter((resource) => !deleted.has(resource)),
    );
    return this.finish("destroy", steps, {}, [
      ...this.engineService.logs.slice(logStart),
      ...diagnostics,
    ]);
  }

  exportState(): Promise<StoredResource[]> {
    return readState(this.stateFile);
  }

  async dispose(): Promise<void> {
    const plugin = await this.plugin?.started.catch(() => undefined);
    await plugin?.stop();
    await this.engineService.stop();
    await fs.rm(this.programDirectory, { recursive: true, force: true });
  }

  private async runProgram(operation: "preview" | "up"): Promise<DeploymentResult> {
    const dryRun = operation === "preview";
    const logStart = this.engineService.logs.length;
    const config = await this.effectiveConfig();
    // The plugin and the program start at the same time; steps wait for the plugin.
    const plugin = this.currentPlugin(config);
    const deployment = new ProgramDeployment({
      client: async () => (await plugin).client,
      project: this.project,
      stack: this.stack,
      dryRun,
      limit: this.limit,
      oldState: await readState(this.stateFile),
    });
    const monitor = await startResourceMonitor(deployment);
    const program = startProgramProcess({
      programDirectory: this.programDirectory,
      sdkRoot: this.options.folder.root,
      monitorAddress: monitor.address,
      engineAddress: this.engineService.address,
      project: this.project,
      stack: this.stack,
      config,
      dryRun,
      typescript: await isTypeScriptProgram(this.programDirectory),
      parallel: this.parallel,
    });

    // After a failed step, stop the program as soon as the other steps settle: the SDK can
    // spend tens of seconds formatting a registration error (pulumi/pulumi#20567).
    const stopAfterFailure = deployment.whenFailed.then(async () => {
      await deployment.settled();
      await program.stop();
    });
    const exitCode = await program.exited;
    await deployment.settled();
    await monitor.stop();
    void stopAfterFailure;

    let ok = exitCode === 0 && !deployment.failed;
    if (ok) {
      await deployment.deleteLeftovers().catch(() => (ok = false));
    }
    if (!dryRun) await writeState(this.stateFile, deployment.finalState());

    const diagnostics: LogEntry[] = [
      ...this.engineService.logs.slice(logStart),
      ...program.stdout.map((message) => ({
        severity: "info" as const,
        message,
        urn: "",
        ephemeral: false,
      })),
      ...deployment.diagnostics,
    ];
    if (exitCode !== 0 && !deployment.failed) {
      diagnostics.push(
        errorEntry("", `the program exited with code ${exitCode}:\n${program.stderr.join("\n")}`),
      );
    }
    return this.finish(operation, deployment.steps, deployment.stackOutputs, diagnostics, ok);
  }

  private finish(
    operation: OperationKind,
    steps: Step[],
    outputs: DeploymentResult["outputs"],
    diagnostics: LogEntry[],
    ok = !diagnostics.some((entry) => entry.severity === "error"),
  ): DeploymentResult {
    const { stepsByUrn, changes } = summarizeSteps(steps);
    const plan = formatPlan(operation, steps, changes, diagnostics);
    (this.options.write ?? ((text) => process.stdout.write(text)))(plan);
    return { operation, ok, steps, stepsByUrn, changes, outputs, diagnostics, plan };
  }

  // What the CLI hands the program and the plugin: Pulumi.yaml's project config under the
  // stack's. Read for every operation, since setProgram may bring another Pulumi.yaml.
  private async effectiveConfig(): Promise<StackConfig> {
    const project = await readProjectConfig(this.programDirectory, this.project);
    return mergeProjectConfig(project, this.config);
  }

  private currentPlugin(config: StackConfig): Promise<ProviderPlugin> {
    const key = JSON.stringify(config);
    if (this.plugin?.config === key) return this.plugin.started;

    const previous = this.plugin?.started;
    const started = (async () => {
      await (await previous?.catch(() => undefined))?.stop();
      return startProviderPlugin({
        folder: this.programDirectory,
        sdkRoot: this.options.folder.root,
        config,
        project: this.project,
        stack: this.stack,
        engine: this.engineService,
      });
    })();
    this.plugin = { config: key, started };
    return started;
  }
}

async function isTypeScriptProgram(directory: string): Promise<boolean> {
  return fs.access(path.join(directory, "index.ts")).then(
    () => true,
    () => false,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorEntry(urn: string, message: string): LogEntry {
  return { severity: "error", message, urn, ephemeral: false };
}
