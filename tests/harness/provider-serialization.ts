// Serializes a provider the way pulumi.dynamic.Resource does (@pulumi/pulumi dynamic/index.js:45-52:
// serializeFunction(() => provider, {allowSecrets: true})), in a child process whose working
// directory is the program folder and whose @pulumi/pulumi is the program's copy. The serializer
// writes require("<package>/<path>") only for a module's whole export found under node_modules,
// and resolves package exports from its own location, so only this setting gives the string
// users get in their state.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface SerializedProvider {
  /** The JavaScript text stored in state as `__provider`. */
  text: string;
  /** Size of the text in bytes (UTF-8). */
  size: number;
  /** True when the closure captured a secret: the SDK then stores `__provider` as a secret. */
  containsSecrets: boolean;
}

// Runs inside the program folder; argv: module specifier, optional export name.
const SERIALIZER_SCRIPT = `
const pulumi = require("@pulumi/pulumi");
const [specifier, exportName] = process.argv.slice(1);
const loaded = require(specifier);
const provider = exportName ? loaded[exportName] : loaded;
pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true }).then(
  (serialized) => process.stdout.write(JSON.stringify(serialized)),
  (error) => { console.error(error.stack || String(error)); process.exitCode = 1; },
);
`;

/**
 * Serializes the provider exported by `specifier` (e.g. "harness-record-provider/provider"), or
 * its export `exportName`, from inside `folder`.
 */
export async function serializeProvider(
  folder: string,
  specifier: string,
  exportName?: string,
): Promise<SerializedProvider> {
  const args = ["-e", SERIALIZER_SCRIPT, specifier, ...(exportName ? [exportName] : [])];
  // The serializer loads every built-in module, which prints deprecation warnings to stderr.
  const { stdout } = await run(process.execPath, args, { cwd: folder, maxBuffer: 64 << 20 });
  const serialized = JSON.parse(stdout) as { text: string; containsSecrets: boolean };
  return {
    text: serialized.text,
    size: Buffer.byteLength(serialized.text),
    containsSecrets: serialized.containsSecrets,
  };
}
