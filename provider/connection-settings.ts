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
import { isLeft } from "fp-ts/Either";
import type * as t from "io-ts";

import { EngineUrl, EngineUsername } from "./codecs/engine-connection";
import type { EngineConnectionSettings } from "./engine/engine-connection";
import { certificateAuthorityProblem } from "./engine/engine-connection";

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
  /** The command that sets it, with an example value. */
  fix: string;
}

const connectionSources: readonly ConnectionSource[] = [
  {
    field: "url",
    configKey: "ovirt:url",
    environmentVariable: "OVIRT_URL",
    fix: "pulumi config set ovirt:url https://engine.example.com/ovirt-engine/api",
  },
  {
    field: "username",
    configKey: "ovirt:username",
    environmentVariable: "OVIRT_USERNAME",
    fix: "pulumi config set ovirt:username admin@internal",
  },
  {
    field: "password",
    configKey: "ovirt:password",
    environmentVariable: "OVIRT_PASSWORD",
    fix: "pulumi config set --secret ovirt:password <password>",
  },
  {
    field: "caFile",
    configKey: "ovirt:caFile",
    environmentVariable: "OVIRT_CAFILE",
    fix: "pulumi config set ovirt:caFile /etc/pki/ovirt-engine/ca.pem",
  },
  {
    field: "caPem",
    configKey: "ovirt:caPem",
    fix: 'pulumi config set ovirt:caPem "$(cat ca.pem)"',
  },
  {
    field: "insecure",
    configKey: "ovirt:insecure",
    environmentVariable: "OVIRT_INSECURE",
    fix: "pulumi config set ovirt:insecure false",
  },
];

const requiredFields = ["url", "username", "password"] as const;

/**
 * Drops a caFile set in Pulumi.yaml: stack config cannot delete it, but an empty value is unset.
 */
const CLEAR_CA_FILE_FIX = 'pulumi config set ovirt:caFile ""';

/** How the client treats every engine of the process; not part of a resource's connection. */
interface TuningSource {
  field: "timeoutMs" | "maxConcurrentRequests";
  configKey: string;
  environmentVariable: string;
  fix: string;
}

const tuningSources: readonly TuningSource[] = [
  {
    field: "timeoutMs",
    configKey: "ovirt:requestTimeoutMs",
    environmentVariable: "OVIRT_REQUEST_TIMEOUT_MS",
    fix: "pulumi config set ovirt:requestTimeoutMs 60000",
  },
  {
    field: "maxConcurrentRequests",
    configKey: "ovirt:maxConcurrentRequests",
    environmentVariable: "OVIRT_MAX_CONCURRENT_REQUESTS",
    fix: "pulumi config set ovirt:maxConcurrentRequests 8",
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

function tuningText(source: TuningSource): string | undefined {
  const text = stackTuning[source.field] ?? process.env[source.environmentVariable];
  return text === undefined || text.trim() === "" ? undefined : text;
}

const WHOLE_NUMBER_RULE = "must be a whole number of 1 or more";

function parseWholeNumber(text: string): number | undefined {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** Request timeout and concurrency bound from stack config or environment, when set. */
function clientTuning(): Pick<EngineConnectionSettings, "timeoutMs" | "maxConcurrentRequests"> {
  const tuning: Pick<EngineConnectionSettings, "timeoutMs" | "maxConcurrentRequests"> = {};

  for (const source of tuningSources) {
    const text = tuningText(source);
    if (text === undefined) {
      continue;
    }

    const value = parseWholeNumber(text);
    if (value === undefined) {
      throw new ConnectionSettingsError(
        `The oVirt setting ${source.configKey} (or ${source.environmentVariable}) ` +
          `${WHOLE_NUMBER_RULE}.`,
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

function sourceOf(field: keyof ResourceConnection): ConnectionSource {
  return connectionSources.find((candidate) => candidate.field === field) as ConnectionSource;
}

/** A setting with the environment variable it came from, if stack config left it out. */
function settingWithOrigin(
  field: keyof ResourceConnection,
): { value: string; environmentVariable?: string } | undefined {
  const source = sourceOf(field);
  const fromStack = stackValues[source.field];
  if (fromStack !== undefined) {
    return { value: fromStack };
  }

  const fromEnvironment =
    source.environmentVariable === undefined ? undefined : process.env[source.environmentVariable];
  return fromEnvironment === undefined || fromEnvironment === ""
    ? undefined
    : { value: fromEnvironment, environmentVariable: source.environmentVariable };
}

/** A setting from stack config, else from its environment variable; undefined when unset. */
function setting(field: keyof ResourceConnection): string | undefined {
  return settingWithOrigin(field)?.value;
}

/** true, false, or undefined for text that is neither. */
function parseFlag(value: string): boolean | undefined {
  const normalised = value.trim().toLowerCase();
  if (normalised === "true" || normalised === "1" || normalised === "yes") {
    return true;
  }
  if (normalised === "false" || normalised === "0" || normalised === "no") {
    return false;
  }
  return undefined;
}

const FLAG_RULE = "must be true or false";

function readFlag(value: string | undefined): boolean | undefined {
  if (value === undefined) {
    return undefined;
  }

  const flag = parseFlag(value);
  if (flag === undefined) {
    throw new ConnectionSettingsError(
      `The oVirt setting "insecure" ${FLAG_RULE} (ovirt:insecure or OVIRT_INSECURE).`,
    );
  }
  return flag;
}

/** Where each missing setting can be given, from the one table of sources; for messages. */
export function missingSettingsAdvice(missing: readonly (keyof ResourceConnection)[]): {
  configKeys: string[];
  commands: string[];
  environmentVariables: string[];
} {
  const sources = missing.map(sourceOf);
  return {
    configKeys: sources.map((source) => source.configKey),
    commands: sources.map((source) => source.fix),
    environmentVariables: sources.flatMap((source) => source.environmentVariable ?? []),
  };
}

function describeMissing(missing: readonly (keyof ResourceConnection)[]): string {
  const { commands, environmentVariables: variables } = missingSettingsAdvice(missing);

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

/** The stack's engine URL (config, then environment), as given; undefined when unset. */
export function stackEngineUrl(): string | undefined {
  return setting("url");
}

/**
 * The names of missing connection settings, for a check failure at preview; empty when complete.
 */
export function missingConnectionSettings(
  resourceConnection: unknown,
): Array<(typeof requiredFields)[number]> {
  // A null connection is "not given" to the codecs too, so the stack's settings apply.
  if (resourceConnection !== undefined && resourceConnection !== null) {
    return [];
  }

  return requiredFields.filter((field) => setting(field) === undefined);
}

/** One stack-level setting that is set but cannot work, for a check failure at preview. */
export interface StackSettingProblem {
  /** The stack configuration key, e.g. "ovirt:url". */
  configKey: string;
  /** The environment variable the value was read from, when stack config left the key out. */
  environmentVariable?: string;
  /** What the setting must be, e.g. "must use https, as in ...". Never holds the value. */
  rule: string;
  /** The `pulumi config set` command that fixes it, with an example value. */
  fix: string;
}

/** The first reason a codec gives for refusing a value; undefined when it accepts it. */
function codecRule(codec: t.Type<string, string, unknown>, value: string): string | undefined {
  const result = codec.decode(value);
  return isLeft(result) ? (result.left[0]?.message ?? "is not valid") : undefined;
}

/**
 * A CA file's verdict by path, so that `check` reads each file once per process rather than once
 * per resource; the client still reads it afresh whenever it resolves a connection.
 */
const caFileVerdicts = new Map<string, string | undefined>();

function caFileProblem(path: string): string | undefined {
  if (!caFileVerdicts.has(path)) {
    caFileVerdicts.set(path, certificateAuthorityProblem("caFile", path));
  }
  return caFileVerdicts.get(path);
}

/**
 * Every stack-level setting that is set but would make the client refuse the connection (or the
 * engine refuse the login), checked as the client would check it, without any request. The engine
 * connection settings are looked at only for a resource without its own `connection`; the request
 * timeout and bound apply to every resource. Missing settings are
 * {@link missingConnectionSettings}.
 */
export function invalidStackSettings(resourceConnection: unknown): StackSettingProblem[] {
  const problems: StackSettingProblem[] = [];

  const check = (
    field: keyof ResourceConnection,
    ruleFor: (value: string) => string | undefined,
    fixFor: (fix: string) => string = (fix) => fix,
  ) => {
    const found = settingWithOrigin(field);
    const rule = found === undefined ? undefined : ruleFor(found.value);
    if (found !== undefined && rule !== undefined) {
      const { configKey, fix } = sourceOf(field);
      problems.push({
        configKey,
        rule,
        fix: fixFor(fix),
        ...environmentOrigin(found.environmentVariable),
      });
    }
  };

  if (resourceConnection === undefined || resourceConnection === null) {
    // The client trims the URL (a line feed from a file or a shell often trails it); so does this.
    check("url", (value) => codecRule(EngineUrl, value.trim()));
    check("username", (value) => codecRule(EngineUsername, value));
    check("insecure", (value) => (parseFlag(value) === undefined ? FLAG_RULE : undefined));

    // The client leaves the CA unread when certificate checks are off, and so does this check.
    const insecureText = setting("insecure");
    if (insecureText === undefined || parseFlag(insecureText) !== true) {
      // With the CA given as caPem, a caFile is usually a project default (an example's
      // Pulumi.yaml) the stack meant to drop: an empty stack value does that.
      check("caFile", caFileProblem, (fix) =>
        setting("caPem") === undefined ? fix : `${CLEAR_CA_FILE_FIX} (or ${fix})`,
      );
      check("caPem", (value) => certificateAuthorityProblem("caPem", value));
    }
  }

  for (const source of tuningSources) {
    const text = tuningText(source);
    if (text !== undefined && parseWholeNumber(text) === undefined) {
      const fromStack = stackTuning[source.field] !== undefined;
      problems.push({
        configKey: source.configKey,
        rule: WHOLE_NUMBER_RULE,
        fix: source.fix,
        ...environmentOrigin(fromStack ? undefined : source.environmentVariable),
      });
    }
  }

  return problems;
}

function environmentOrigin(variable: string | undefined): { environmentVariable?: string } {
  return variable === undefined ? {} : { environmentVariable: variable };
}

/** @internal Forgets the stack configuration; for tests. */
export function forgetStackConfig(): void {
  stackValues = {};
  stackTuning = {};
  caFileVerdicts.clear();
}
