/**
 * Where a resource's engine connection comes from.
 *
 * Pulumi calls a dynamic provider's `configure` once per provider module in the plugin process,
 * with the whole stack configuration. Every kind of resource shares the engine named there, so it
 * is kept here, at module level (never captured in the serialized provider). Environment
 * variables fill in whatever stack config leaves out, and are read at call time so that rotated
 * credentials are picked up. A resource's own `connection` argument wins over both. The request
 * timeout and the bound on concurrent requests (`ovirt:requestTimeoutMs`,
 * `ovirt:maxConcurrentRequests`) apply to every engine the process talks to.
 */
import type { EngineConnectionSettings } from "./engine/engine-connection";

/** The part of Pulumi's dynamic-provider config that is read here. */
export interface StackConfig {
  get(key: string): string | undefined;
}

/** A resource's `connection` argument, after its codec checked it. */
export interface ResourceConnection {
  url: string;
  username: string;
  password: string;
  caFile?: string;
  caPem?: string;
  insecure?: boolean;
}

interface ConnectionSource {
  field: keyof ResourceConnection;
  configKey: string;
  environmentVariable?: string;
}

const connectionSources: readonly ConnectionSource[] = [
  { field: "url", configKey: "ovirt:url", environmentVariable: "OVIRT_URL" },
  { field: "username", configKey: "ovirt:username", environmentVariable: "OVIRT_USERNAME" },
  { field: "password", configKey: "ovirt:password", environmentVariable: "OVIRT_PASSWORD" },
  { field: "caFile", configKey: "ovirt:caFile", environmentVariable: "OVIRT_CAFILE" },
  { field: "caPem", configKey: "ovirt:caPem" },
  { field: "insecure", configKey: "ovirt:insecure", environmentVariable: "OVIRT_INSECURE" },
];

const requiredFields = ["url", "username", "password"] as const;

/** How the client treats every engine of the process; not part of a resource's connection. */
interface TuningSource {
  field: "timeoutMs" | "maxConcurrentRequests";
  configKey: string;
  environmentVariable: string;
}

const tuningSources: readonly TuningSource[] = [
  {
    field: "timeoutMs",
    configKey: "ovirt:requestTimeoutMs",
    environmentVariable: "OVIRT_REQUEST_TIMEOUT_MS",
  },
  {
    field: "maxConcurrentRequests",
    configKey: "ovirt:maxConcurrentRequests",
    environmentVariable: "OVIRT_MAX_CONCURRENT_REQUESTS",
  },
];

let stackValues: Partial<Record<keyof ResourceConnection, string>> = {};
let stackTuning: Partial<Record<TuningSource["field"], string>> = {};

/** Remembers the `ovirt:*` values of the stack configuration; called from `configure`. */
export function rememberStackConfig(config: StackConfig): void {
  const values: Partial<Record<keyof ResourceConnection, string>> = {};

  for (const source of connectionSources) {
    const value = config.get(source.configKey);
    if (value !== undefined && value !== "") {
      values[source.field] = value;
    }
  }

  stackValues = values;
  stackTuning = {};
  for (const source of tuningSources) {
    const value = config.get(source.configKey);
    if (value !== undefined && value !== "") {
      stackTuning[source.field] = value;
    }
  }
}

/** Request timeout and concurrency bound from stack config or environment, when set. */
function clientTuning(): Pick<EngineConnectionSettings, "timeoutMs" | "maxConcurrentRequests"> {
  const tuning: Pick<EngineConnectionSettings, "timeoutMs" | "maxConcurrentRequests"> = {};

  for (const source of tuningSources) {
    const text = stackTuning[source.field] ?? process.env[source.environmentVariable];
    if (text === undefined || text.trim() === "") {
      continue;
    }

    const value = Number(text.trim());
    if (!Number.isInteger(value) || value < 1) {
      throw new ConnectionSettingsError(
        `The oVirt setting ${source.configKey} (or ${source.environmentVariable}) must be a ` +
          `whole number of 1 or more.`,
      );
    }
    tuning[source.field] = value;
  }

  return tuning;
}

/** A missing or unusable connection setting; the message says what to set and where. */
export class ConnectionSettingsError extends Error {
  override readonly name = "ConnectionSettingsError";
}

/** A setting from stack config, else from its environment variable; undefined when unset. */
function setting(field: keyof ResourceConnection): string | undefined {
  const source = connectionSources.find((candidate) => candidate.field === field);
  if (source === undefined) {
    return undefined;
  }

  const fromStack = stackValues[source.field];
  if (fromStack !== undefined) {
    return fromStack;
  }

  const fromEnvironment =
    source.environmentVariable === undefined ? undefined : process.env[source.environmentVariable];
  return fromEnvironment === "" ? undefined : fromEnvironment;
}

function readFlag(value: string | undefined): boolean | undefined {
  if (value === undefined) {
    return undefined;
  }

  const normalised = value.trim().toLowerCase();
  if (normalised === "true" || normalised === "1" || normalised === "yes") {
    return true;
  }
  if (normalised === "false" || normalised === "0" || normalised === "no") {
    return false;
  }

  throw new ConnectionSettingsError(
    `The oVirt setting "insecure" must be true or false (ovirt:insecure or OVIRT_INSECURE).`,
  );
}

function describeMissing(missing: readonly string[]): string {
  const commands = missing.map((field) =>
    field === "password"
      ? "pulumi config set --secret ovirt:password <password>"
      : field === "url"
        ? "pulumi config set ovirt:url https://engine.example.com/ovirt-engine/api"
        : "pulumi config set ovirt:username admin@internal",
  );
  const variables = missing.map((field) => `OVIRT_${field.toUpperCase()}`);

  return (
    `The oVirt engine connection is incomplete: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set. ` +
    `Set ${missing.length === 1 ? "it" : "them"} in the stack configuration (${commands.join("; ")}), ` +
    `or in the environment (${variables.join(", ")}), ` +
    `or give the resource a \`connection\` argument.`
  );
}

/**
 * The settings for one resource: its own `connection` when given, otherwise the stack's
 * configuration with environment fallbacks. Throws {@link ConnectionSettingsError} listing
 * everything that is missing.
 */
export function connectionSettingsFor(
  resourceConnection: ResourceConnection | undefined,
): EngineConnectionSettings {
  if (resourceConnection !== undefined) {
    return { ...resourceConnection, ...clientTuning() };
  }

  const url = setting("url");
  const username = setting("username");
  const password = setting("password");
  if (url === undefined || username === undefined || password === undefined) {
    throw new ConnectionSettingsError(describeMissing(missingConnectionSettings(undefined)));
  }

  return {
    url,
    username,
    password,
    caFile: setting("caFile"),
    caPem: setting("caPem"),
    insecure: readFlag(setting("insecure")),
    ...clientTuning(),
  };
}

/** The names of missing connection settings, for a check failure at preview; empty when complete. */
export function missingConnectionSettings(resourceConnection: unknown): string[] {
  if (resourceConnection !== undefined) {
    return [];
  }

  return requiredFields.filter((field) => setting(field) === undefined);
}

/** @internal Forgets the stack configuration; for tests. */
export function forgetStackConfig(): void {
  stackValues = {};
  stackTuning = {};
}
