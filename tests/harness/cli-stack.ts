// The ProgramStack of the real Pulumi CLI, through the Automation API with a local file backend
// inside the program folder. It exists so that the same program tests run through the real
// engine wherever a `pulumi` binary is installed.
//
// TODO: this branch has never run against a real CLI: no Pulumi CLI can be installed on the
// machine the harness was written on. It is kept small on purpose. The mapping of engine events
// to steps (cli-event-steps.ts) is unit-tested against hand-written events only; it and the
// handling of state secrets (the CLI's real ciphertext is shown as "[ciphertext]") need a first
// run with a CLI to confirm.
import { promises as fs } from "node:fs";
import path from "node:path";

import type { EngineEvent, Stack } from "@pulumi/pulumi/automation";

import { stepsFromEngineEvents } from "./cli-event-steps";
import type { DeploymentResult, OperationKind } from "./deployment-result";
import { summarizeSteps } from "./deployment-result";
import type { StoredResource } from "./deployment-state";
import type { LogEntry } from "./engine-service";
import { formatPlan } from "./plan-text";
import { copyProgram, linkProgramDependencies, replaceProgramFiles } from "./program-copy";
import type { ProgramStack, ProgramStackOptions } from "./program-stack";
import type { PropertyMap, PropertyValue } from "./property-values";
import { isSecret, secret } from "./property-values";
import type { StackConfig } from "./provider-client";

export async function openCliStack(options: ProgramStackOptions): Promise<ProgramStack> {
  const { LocalWorkspace } = await import("@pulumi/pulumi/automation");
  const programDirectory = await copyProgram(options.folder, options.program);
  const backend = path.join(programDirectory, ".pulumi-backend");
  await fs.mkdir(backend);
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: options.stack ?? "test", workDir: programDirectory },
    {
      envVars: {
        PULUMI_BACKEND_URL: `file://${backend}`,
        PULUMI_CONFIG_PASSPHRASE: "harness",
        PULUMI_SKIP_UPDATE_CHECK: "true",
      },
    },
  );
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  await applyConfig(stack, options.config ?? { values: {} });

  const run = async (operation: OperationKind): Promise<DeploymentResult> => {
    const events: EngineEvent[] = [];
    const onEvent = (event: EngineEvent) => events.push(event);
    const failures: LogEntry[] = [];
    const parallel = options.parallel;
    let ok = true;
    let outputs: PropertyMap = {};
    try {
      if (operation === "preview") await stack.preview({ onEvent, parallel });
      if (operation === "refresh") await stack.refresh({ onEvent, parallel });
      if (operation === "destroy") await stack.destroy({ onEvent, parallel });
      if (operation === "up") {
        const result = await stack.up({ onEvent, parallel });
        outputs = Object.fromEntries(
          Object.entries(result.outputs).map(([key, output]) => [
            key,
            output.secret ? secret(output.value) : output.value,
          ]),
        );
      }
    } catch (error) {
      ok = false;
      failures.push({ severity: "error", message: String(error), urn: "", ephemeral: false });
    }
    const { steps, diagnostics: reported } = stepsFromEngineEvents(operation, events);
    const diagnostics = [...reported, ...failures];
    if (steps.some((step) => step.error !== undefined)) ok = false;
    const { stepsByUrn, changes } = summarizeSteps(steps);
    const plan = formatPlan(operation, steps, changes, diagnostics);
    write(plan);
    return { operation, ok, steps, stepsByUrn, changes, outputs, diagnostics, plan };
  };

  return {
    engine: "pulumi-cli",
    programDirectory,
    stateLocation: `file://${backend}`,
    setConfig: (config) => applyConfig(stack, config),
    setProgram: async (source) => {
      await replaceProgramFiles(programDirectory, source);
      await linkProgramDependencies(options.folder, programDirectory);
    },
    preview: () => run("preview"),
    up: () => run("up"),
    refresh: () => run("refresh"),
    destroy: () => run("destroy"),
    exportState: async () => toStoredResources((await stack.exportStack()).deployment),
    dispose: async () => {
      await stack.workspace.removeStack(stack.name, { force: true }).catch(() => undefined);
      await fs.rm(programDirectory, { recursive: true, force: true });
    },
  };
}

async function applyConfig(stack: Stack, config: StackConfig): Promise<void> {
  const secretKeys = new Set(config.secretKeys ?? []);
  for (const key of Object.keys(await stack.getAllConfig())) await stack.removeConfig(key);
  await stack.setAllConfig(
    Object.fromEntries(
      Object.entries(config.values).map(([key, value]) => [
        key,
        { value, secret: secretKeys.has(key) },
      ]),
    ),
  );
}

interface CheckpointResource {
  urn: string;
  type: string;
  custom: boolean;
  id?: string;
  parent?: string;
  inputs?: PropertyMap;
  outputs?: PropertyMap;
  dependencies?: string[];
  additionalSecretOutputs?: string[];
  initErrors?: string[];
}

function toStoredResources(deployment: { resources?: CheckpointResource[] }): StoredResource[] {
  return (deployment.resources ?? []).map((resource) => ({
    urn: resource.urn,
    type: resource.type,
    custom: resource.custom,
    id: resource.id,
    parent: resource.parent,
    inputs: maskCiphertext(resource.inputs ?? {}) as PropertyMap,
    outputs: maskCiphertext(resource.outputs ?? {}) as PropertyMap,
    dependencies: resource.dependencies ?? [],
    additionalSecretOutputs: resource.additionalSecretOutputs,
    initErrors: resource.initErrors,
  }));
}

// A CLI checkpoint holds {sig, ciphertext} for a secret; keep it recognisably secret.
function maskCiphertext(value: PropertyValue): PropertyValue {
  if (Array.isArray(value)) return value.map(maskCiphertext);
  if (typeof value !== "object" || value === null) return value;
  if (isSecret(value) && "ciphertext" in value) return secret("[ciphertext]");
  if (isSecret(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, maskCiphertext(item)]),
  );
}
