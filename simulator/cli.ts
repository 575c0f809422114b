#!/usr/bin/env node
import { writeFileSync } from "node:fs";
import { USAGE, parseCliArguments } from "./cli-arguments";
import type { CliArguments } from "./cli-arguments";
import { startSimulator } from "./index";

/**
 * Standalone simulator: `npm run simulator -- --port N --ca-file PATH ...`. The first line on
 * stdout is exactly `listening on <apiUrl>` (scripts wait for it), then the login to use. It
 * runs until SIGINT or SIGTERM.
 */
async function main(argv: readonly string[]): Promise<void> {
  let parsed: CliArguments;
  try {
    parsed = parseCliArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const simulator = await startSimulator({
    port: parsed.port,
    engineVersion: parsed.engineVersion,
    password: parsed.password,
    stateFile: parsed.stateFile,
    reachableHosts: parsed.reachableHosts,
    latencyMs: parsed.latencyMs,
  });
  writeFileSync(parsed.caFile, simulator.caCertificate);
  process.stdout.write(
    [
      `listening on ${simulator.apiUrl}`,
      `username: ${simulator.username}`,
      `password: ${simulator.password}`,
      `CA certificate: ${parsed.caFile}`,
      `engine version: ${simulator.engineVersion}`,
      parsed.stateFile === undefined ? "state: in memory" : `state: ${parsed.stateFile}`,
      "",
    ].join("\n"),
  );
  const shutdown = () => {
    void simulator.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`simulator failed to start: ${(error as Error).message ?? String(error)}\n`);
  process.exitCode = 1;
});
