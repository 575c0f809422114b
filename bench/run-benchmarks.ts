/**
 * `npm run bench [-- --json FILE] [-- --runs N]`: measures the package against the engine
 * simulator, through Pulumi's real dynamic-provider plugin where a resource operation is
 * involved, prints a Markdown report and optionally writes the results as JSON. Never part of
 * `npm test`: its numbers depend on the machine, so no test asserts them.
 */
import { writeFileSync } from "node:fs";

import { releaseSharedProgramFolders } from "../tests/harness";
import { measureApply } from "./apply-many";
import { benchSamples } from "./bench-samples";
import type { BenchResults } from "./bench-report";
import { formatReport, targets } from "./bench-report";
import { measureCheckDiff } from "./check-diff-time";
import { measureColdLoad } from "./cold-load";
import { startPluginSession } from "./plugin-session";
import {
  loginSearchWriteLogoutRequests,
  measureRequestCounts,
  minimumRequests,
} from "./request-counts";

interface BenchArguments {
  jsonFile?: string;
  runs: number;
}

function readArguments(argv: readonly string[]): BenchArguments {
  const parsed: BenchArguments = { runs: 5 };
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index + 1];
    if (argv[index] === "--json" && value !== undefined) {
      parsed.jsonFile = value;
      index++;
    } else if (argv[index] === "--runs" && Number(value) >= 1) {
      parsed.runs = Math.floor(Number(value));
      index++;
    } else {
      throw new Error(`unknown argument ${argv[index]}; use --json FILE and --runs N`);
    }
  }
  return parsed;
}

const largest = (values: Record<string, number>) => Math.max(...Object.values(values));

async function main(): Promise<void> {
  const options = readArguments(process.argv.slice(2));
  const log = (step: string) => process.stderr.write(`bench: ${step}\n`);

  log("installing the packed package and starting the plugin");
  const session = await startPluginSession();
  try {
    log("requests per operation");
    const counts = await measureRequestCounts(session, options.runs);
    log("applying 200 providers");
    const applyOptions = { resources: 200, latencyMs: 20, engineBound: 8 };
    const apply200 = await measureApply(
      session,
      { ...applyOptions, checkOrder: "engine" },
      options.runs,
    );
    const apply200Burst = await measureApply(
      session,
      { ...applyOptions, checkOrder: "burst" },
      options.runs,
    );
    log("cold load");
    const coldLoadMsPerType = await measureColdLoad(session.folder, benchSamples, options.runs);
    log("check and diff");
    const checkDiffMicrosPerType = await measureCheckDiff(
      session.folder,
      benchSamples,
      options.runs,
    );
    const providerBytesPerType = Object.fromEntries(
      [...session.providerTexts].map(([type, text]) => [type, Buffer.byteLength(text)]),
    );

    const results: BenchResults = {
      ...counts,
      apply200,
      apply200Burst,
      providerBytes: largest(providerBytesPerType),
      providerBytesPerType,
      coldLoadMs: largest(coldLoadMsPerType),
      coldLoadMsPerType,
      checkDiffMicros: largest(checkDiffMicrosPerType),
      checkDiffMicrosPerType,
      runs: options.runs,
    };
    process.stdout.write(`${formatReport(results)}\n`);
    if (options.jsonFile !== undefined) {
      const document = { ...results, targets, minimumRequests, loginSearchWriteLogoutRequests };
      writeFileSync(options.jsonFile, `${JSON.stringify(document, null, 2)}\n`);
      log(`wrote ${options.jsonFile}`);
    }
  } finally {
    await session.stop();
    await releaseSharedProgramFolders();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
