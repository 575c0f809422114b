// One preview or up of a program on the test engine. The program registers resources through
// the ResourceMonitor; each registration becomes a step computed as the engine does: Check, then
// Create for a new URN, or Diff and then Update, a replacement or nothing. Dynamic resources go
// to the dynamic-provider plugin. Registrations run concurrently (the program sends them as soon
// as their inputs resolve, so dependencies order them); resources the program no longer
// declares, and the old halves of create-before-delete replacements, are deleted at the end in
// reverse dependency order. A replacement is one "replace" step either way, as the CLI counts it:
// its summary ("+-3 replaced") and resourceChanges list only logical steps, so the old half's
// deletion is no step of its own; a failed deletion marks the replace step. A preview asks the
// plugin only Check and Diff, as the CLI does for a provider that does not support preview (the
// dynamic-provider plugin's Configure says so).
import { checkFailureMessage } from "./check-failure-message";
import type { Limiter } from "./concurrency-limit";
import type { LogEntry } from "./engine-service";
import type { Step } from "./deployment-result";
import type { StoredResource } from "./deployment-state";
import { deleteInDependencyOrder } from "./delete-order";
import type { MonitorHandler, Registration, RegistrationResult } from "./resource-monitor";
import type { PropertyMap } from "./property-values";
import { annotateSecrets, markSecretOutputs, sameValues, stripSecrets } from "./property-values";
import { isProviderCallError } from "./provider-call-error";
import type { ProviderClient } from "./provider-client";
import { makeUrn, nameOfUrn } from "./urn";

// TODO: resource options the real engine honours and this one ignores: ignoreChanges,
// replaceOnChanges, protect, retainOnDelete, deletedWith, aliases, custom timeouts, explicit
// provider resources, and the replacement of dependents when a resource is replaced delete-first.
// Our programs use none of them yet; a test needing one must add it here before relying on it.
// TODO: an old half whose deferred deletion fails drops out of the stored state, since the new
// half holds its URN; the real engine keeps it as pending-delete and retries on the next run.
// Storing such leftovers apart from the registered resources, and deleting them first on the
// next deployment, would match it.
const STACK_TYPE = "pulumi:pulumi:Stack";
const DYNAMIC_TYPE_PREFIX = "pulumi-nodejs:dynamic";

export interface DeploymentSettings {
  /** The plugin's client; a function so that the plugin can start while the program does. */
  client: () => Promise<ProviderClient>;
  project: string;
  stack: string;
  dryRun: boolean;
  limit: Limiter;
  oldState: readonly StoredResource[];
}

/** A step failure already reported as a diagnostic; the program only needs to stop. */
class StepFailedError extends Error {
  override readonly name = "StepFailedError";
}

export class ProgramDeployment implements MonitorHandler {
  readonly steps: Step[] = [];
  readonly diagnostics: LogEntry[] = [];
  /** Stack outputs, as the program registered them. */
  stackOutputs: PropertyMap = {};
  failed = false;
  /** Resolves when the first step fails, so the runner can stop the program early. */
  readonly whenFailed: Promise<void>;
  private signalFailure: () => void = () => undefined;

  private readonly oldByUrn = new Map<string, StoredResource>();
  private readonly registered = new Map<string, StoredResource>();
  /** Old halves still to delete, with the replace step that a failed deletion marks. */
  private readonly replacedOlds = new Map<StoredResource, Step>();
  private readonly deleted = new Set<StoredResource>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private stackUrn = "";

  constructor(private readonly settings: DeploymentSettings) {
    this.whenFailed = new Promise((resolve) => (this.signalFailure = resolve));
    for (const resource of settings.oldState) this.oldByUrn.set(resource.urn, resource);
  }

  registerResource(registration: Registration): Promise<RegistrationResult> {
    const work = this.settings.limit(() => this.runStep(registration));
    this.inFlight.add(work);
    void work.catch(() => undefined).finally(() => this.inFlight.delete(work));
    return work;
  }

  async registerResourceOutputs(urn: string, outputs: PropertyMap): Promise<void> {
    if (urn === this.stackUrn) this.stackOutputs = outputs;
    const resource = this.registered.get(urn);
    if (resource !== undefined) resource.outputs = outputs;
  }

  async signalAndWaitForShutdown(): Promise<void> {
    await this.settled();
  }

  /** Resolves once no step is running. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Deletes (or, in a preview, plans to delete) what the program no longer declares. */
  async deleteLeftovers(): Promise<void> {
    const leftovers = [
      ...this.settings.oldState.filter((resource) => !this.registered.has(resource.urn)),
      ...this.replacedOlds.keys(),
    ];
    await deleteInDependencyOrder(leftovers, (resource) =>
      this.deleteResource(resource, this.replacedOlds.get(resource)),
    );
  }

  /** The state to store: this run's resources, then whatever old ones were not deleted. */
  finalState(): StoredResource[] {
    const remaining = this.settings.oldState.filter(
      (resource) => !this.registered.has(resource.urn) && !this.deleted.has(resource),
    );
    return [...this.registered.values(), ...remaining];
  }

  private async runStep(registration: Registration): Promise<RegistrationResult> {
    const urn = this.urnOf(registration);
    if (this.failed) {
      throw new StepFailedError(`${urn} was not processed because an earlier step failed`);
    }
    const old = this.oldByUrn.get(urn);
    if (!registration.custom) return this.registerComponent(urn, registration, old);

    if (!registration.type.startsWith(DYNAMIC_TYPE_PREFIX)) {
      return this.fail(urn, registration.type, "the test engine runs dynamic resources only");
    }
    try {
      const result = await this.runDynamicStep(urn, registration, old);
      return {
        ...result,
        outputs: registration.acceptSecrets ? result.outputs : stripSecrets(result.outputs),
      };
    } catch (error) {
      if (error instanceof StepFailedError) throw error;
      return this.fail(
        urn,
        registration.type,
        error instanceof Error ? error.message : String(error),
      );
    }
  }

  private registerComponent(
    urn: string,
    registration: Registration,
    old: StoredResource | undefined,
  ): RegistrationResult {
    if (registration.type === STACK_TYPE) this.stackUrn = urn;
    this.registered.set(urn, {
      urn,
      type: registration.type,
      custom: false,
      parent: registration.parent || undefined,
      inputs: registration.inputs,
      outputs: old?.outputs ?? {},
      dependencies: registration.dependencies,
    });
    this.steps.push({ urn, type: registration.type, operation: old ? "same" : "create" });
    return { urn, id: "", outputs: {} };
  }

  private async runDynamicStep(
    urn: string,
    registration: Registration,
    old: StoredResource | undefined,
  ): Promise<RegistrationResult> {
    const dryRun = this.settings.dryRun;
    const client = await this.settings.client();
    const resource = { urn };
    const type = registration.type;

    const checked = await client.check(resource, old?.inputs ?? {}, registration.inputs);
    if (checked.failures.length > 0) {
      const name = nameOfUrn(urn);
      const messages = checked.failures.map((failure) =>
        checkFailureMessage(
          type,
          name,
          failure.property,
          registration.inputs[failure.property],
          failure.reason,
        ),
      );
      return this.fail(urn, type, messages);
    }
    const news = checked.inputs;
    const secretOptions = { additionalSecretOutputs: registration.additionalSecretOutputs };

    if (old === undefined || old.id === undefined) {
      this.steps.push({ urn, type, operation: "create" });
      if (dryRun) return this.keep(urn, registration, news, { id: "", outputs: news });
      return this.keep(urn, registration, news, await this.create(urn, registration, news));
    }

    const withId = { urn, id: old.id };
    const diff = await client.diff(withId, old.outputs, news, old.inputs);
    const changed =
      diff.changes === "unknown" ? !sameValues(old.inputs, news) : diff.changes === "some";
    if (diff.replaces.length > 0) {
      const deleteBeforeReplace = diff.deleteBeforeReplace || registration.deleteBeforeReplace;
      const replaceStep: Step = {
        urn,
        type,
        operation: "replace",
        replaces: diff.replaces,
        deleteBeforeReplace,
      };
      this.steps.push(replaceStep);
      if (dryRun) return this.keep(urn, registration, news, { id: "", outputs: news });
      if (deleteBeforeReplace) {
        await client.delete(withId, old.outputs, old.inputs);
        this.deleted.add(old);
      } else {
        this.replacedOlds.set(old, replaceStep);
      }
      return this.keep(urn, registration, news, await this.create(urn, registration, news));
    }
    // A resource whose create or update failed half-way is updated on the next run even when
    // its inputs did not change, so the provider can finish the job.
    if (!changed && old.initErrors === undefined) {
      this.steps.push({ urn, type, operation: "same" });
      return this.keep(urn, registration, news, { id: old.id, outputs: old.outputs });
    }
    this.steps.push({ urn, type, operation: "update" });
    if (dryRun) return this.keep(urn, registration, news, { id: old.id, outputs: news });
    try {
      const updated = await client.update(withId, old.outputs, news, {
        ...secretOptions,
        oldInputs: old.inputs,
      });
      return this.keep(urn, registration, news, { id: old.id, outputs: updated.outputs });
    } catch (error) {
      this.keepInitFailure(urn, registration, news, error);
      throw error;
    }
  }

  private async create(urn: string, registration: Registration, news: PropertyMap) {
    const additionalSecretOutputs = registration.additionalSecretOutputs;
    try {
      const client = await this.settings.client();
      return await client.create({ urn }, news, { additionalSecretOutputs });
    } catch (error) {
      this.keepInitFailure(urn, registration, news, error);
      throw error;
    }
  }

  // The object exists although the step failed: keep it in state, as the engine does, so the
  // next run updates it instead of creating a second one.
  private keepInitFailure(
    urn: string,
    registration: Registration,
    news: PropertyMap,
    error: unknown,
  ) {
    if (!isProviderCallError(error) || error.initFailure === undefined) return;
    const failure = error.initFailure;
    const outputs = markSecretOutputs(
      annotateSecrets(failure.properties, news),
      registration.additionalSecretOutputs,
    );
    this.keep(urn, registration, news, { id: failure.id, outputs });
    this.registered.get(urn)!.initErrors = failure.reasons;
  }

  private keep(
    urn: string,
    registration: Registration,
    inputs: PropertyMap,
    result: { id: string; outputs: PropertyMap },
  ): RegistrationResult {
    const stored: StoredResource = {
      urn,
      type: registration.type,
      custom: true,
      id: result.id,
      parent: registration.parent || undefined,
      inputs,
      outputs: result.outputs,
      dependencies: registration.dependencies,
    };
    if (registration.additionalSecretOutputs.length > 0) {
      stored.additionalSecretOutputs = registration.additionalSecretOutputs;
    }
    if (registration.deleteBeforeReplace) stored.deleteBeforeReplace = true;
    this.registered.set(urn, stored);
    return { urn, id: result.id, outputs: result.outputs };
  }

  /** Deletes a leftover as a step of its own, or the old half of `replacement` inside it. */
  private async deleteResource(resource: StoredResource, replacement?: Step): Promise<void> {
    const step: Step = replacement ?? {
      urn: resource.urn,
      type: resource.type,
      operation: "delete",
    };
    try {
      if (!this.settings.dryRun && resource.custom && resource.id) {
        const client = await this.settings.client();
        await client.delete(
          { urn: resource.urn, id: resource.id },
          resource.outputs,
          resource.inputs,
        );
      }
      if (!this.settings.dryRun) this.deleted.add(resource);
      if (replacement === undefined) this.steps.push(step);
    } catch (error) {
      step.error = error instanceof Error ? error.message : String(error);
      if (replacement === undefined) this.steps.push(step);
      this.report(resource.urn, step.error);
      throw error;
    }
  }

  private fail(urn: string, type: string, messages: string | string[]): never {
    const all = typeof messages === "string" ? [messages] : messages;
    this.failed = true;
    this.signalFailure();
    const operation = this.oldByUrn.has(urn) ? "update" : "create";
    this.steps.push({ urn, type, operation, error: all.join("\n") });
    for (const message of all) this.report(urn, message);
    throw new StepFailedError(all.join("\n"));
  }

  private report(urn: string, message: string): void {
    this.diagnostics.push({ severity: "error", message, urn, ephemeral: false });
  }

  private urnOf(registration: Registration): string {
    const { project, stack } = this.settings;
    const parentTypes: string[] = [];
    if (registration.parent !== "" && registration.parent !== this.stackUrn) {
      parentTypes.push(registration.parent.split("::")[2] ?? "");
    }
    return makeUrn({
      stack,
      project,
      type: registration.type,
      name: registration.name,
      parentTypes,
    });
  }
}
