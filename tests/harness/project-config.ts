// Project-level configuration: the `config:` block of a program's Pulumi.yaml, which the Pulumi CLI
// (3.44 and later) merges under the stack's own configuration before it runs the program and
// configures providers. A key without a namespace belongs to the project; a value may be written
// plainly, as `value:`, or as a schema's `default:`. Objects and lists reach the program as JSON
// text, as `pulumi config set --path` stores them.
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import type { StackConfig } from "./provider-client";

/** The part of js-yaml used here. */
interface YamlReader {
  load(text: string): unknown;
}

// The YAML reader the Pulumi SDK itself depends on (for its Automation API), resolved from the
// SDK's own folder so that it is the copy npm installed for it, whatever the hoisting.
const yaml = createRequire(require.resolve("@pulumi/pulumi/package.json"))("js-yaml") as YamlReader;

/** The project config of the Pulumi.yaml in `directory`, keys namespaced; secretKeys empty. */
export async function readProjectConfig(directory: string, project: string): Promise<StackConfig> {
  const file = path.join(directory, "Pulumi.yaml");
  const manifest = yaml.load(await fs.readFile(file, "utf8"));
  const block = isRecord(manifest) ? manifest.config : undefined;
  if (block === undefined || block === null) return { values: {} };
  if (!isRecord(block)) throw new Error(`${file}: config must be a map of keys to values`);

  const values: Record<string, string> = {};
  for (const [key, entry] of Object.entries(block)) {
    const value = projectValue(entry);
    if (value === undefined) continue;
    values[key.includes(":") ? key : `${project}:${key}`] = value;
  }
  return { values };
}

/**
 * The configuration a program sees: the project's values under the stack's, the stack winning
 * per key (and with it, whether the key is secret).
 */
export function mergeProjectConfig(project: StackConfig, stack: StackConfig): StackConfig {
  const stackSecrets = new Set(stack.secretKeys ?? []);
  const projectSecrets = (project.secretKeys ?? []).filter((key) => !(key in stack.values));
  return {
    values: { ...project.values, ...stack.values },
    secretKeys: [...projectSecrets, ...stackSecrets],
  };
}

// A map with `value` or `default` is the long form; any other map is an object value only when
// nested under `value`, which is how the CLI tells values from schemas.
function projectValue(entry: unknown): string | undefined {
  if (isRecord(entry)) {
    const given = "value" in entry ? entry.value : entry.default;
    return given === undefined ? undefined : asConfigText(given);
  }
  return asConfigText(entry);
}

function asConfigText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
