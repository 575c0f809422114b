/**
 * Cold load of a provider module: a fresh Node process, no compile cache, times only the
 * `require` of the module from the installed package (what the plugin pays, on top of its own
 * start, the first time a resource of that type appears).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import type { BenchSample } from "./bench-samples";
import { providerModule } from "./bench-samples";
import { median, repeat } from "./statistics";

const run = promisify(execFile);

const LOAD_SCRIPT = `
const started = process.hrtime.bigint();
require(process.argv[1]);
process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));
`;

async function loadOnce(folder: string, specifier: string): Promise<number> {
  const environment = { ...process.env };
  delete environment.NODE_COMPILE_CACHE;
  delete environment.NODE_OPTIONS;
  const { stdout } = await run(process.execPath, ["-e", LOAD_SCRIPT, specifier], {
    cwd: folder,
    env: environment,
  });
  return Number(stdout);
}

/** Median milliseconds per type. */
export async function measureColdLoad(
  folder: string,
  samples: readonly BenchSample[],
  runs: number,
): Promise<Record<string, number>> {
  const perType: Record<string, number> = {};
  for (const sample of samples) {
    perType[sample.typeName] = median(
      await repeat(runs, () => loadOnce(folder, providerModule(sample))),
    );
  }
  return perType;
}
