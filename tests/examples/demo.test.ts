/**
 * `npm run demo` as a user runs it after `npm ci` (the build done, as `npm test` does first):
 * the flagship comes up against a fresh simulator, is listed, stays quiet and goes away; with
 * `--keep` it stays up, reachable over HTTPS with the printed CA, until a signal ends it cleanly.
 * The demo runs one at a time here: each drives a whole program cycle.
 */
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { request } from "node:https";
import { createInterface } from "node:readline";

import test from "ava";
import type { ExecutionContext } from "ava";

import { REPOSITORY_ROOT } from "./example-stack";

const PROVIDERS = [
  ["cinder", "OPENSTACK_VOLUME"],
  ["foreman", "FOREMAN"],
  ["glance", "OPENSTACK_IMAGE"],
  ["neutron", "OPENSTACK_NETWORK"],
  ["ovirt-provider-ovn", "EXTERNAL_NETWORK"],
];
const STAY_UP_LINE =
  "The simulator and the stack stay up until Ctrl-C (or SIGTERM). To look at them:";

interface DemoProcess {
  child: ChildProcess;
  lines: string[];
  stderr: string[];
  exited: Promise<number | null>;
  /** Resolves with the first line (so far or to come) that matches. */
  lineMatching(pattern: RegExp): Promise<RegExpExecArray>;
}

function startDemo(
  t: ExecutionContext,
  args: string[] = [],
  env: Record<string, string> = {},
): DemoProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "examples/demo.ts", ...args], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  const watchers: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    for (const watch of [...watchers]) watch(line);
  });
  createInterface({ input: child.stderr! }).on("line", (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  const lineMatching = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const seen = lines.map((line) => pattern.exec(line)).find((match) => match !== null);
      if (seen) return resolve(seen);
      const watch = (line: string) => {
        const match = pattern.exec(line);
        if (match === null) return;
        watchers.splice(watchers.indexOf(watch), 1);
        resolve(match);
      };
      watchers.push(watch);
      void exited.then((code) =>
        reject(
          new Error(
            `the demo exited (${code}) before printing ${pattern}:\n${lines.join("\n")}\n${stderr.join("\n")}`,
          ),
        ),
      );
    });
  return { child, lines, stderr, exited, lineMatching };
}

function listedProviders(lines: readonly string[]): string[][] {
  const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  const row = new RegExp(`^  (\\S+)\\s+([A-Z_]+)\\s+${uuid}$`);
  return lines
    .map((line) => row.exec(line))
    .flatMap((match) => (match === null ? [] : [[match[1], match[2]]]))
    .sort(([a], [b]) => a.localeCompare(b));
}

function getApiRoot(
  apiUrl: string,
  ca: string,
  login: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      apiUrl,
      {
        ca,
        headers: {
          Accept: "application/json",
          Authorization: `Basic ${Buffer.from(login).toString("base64")}`,
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({
            status: incoming.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    outgoing.once("error", reject);
    outgoing.end();
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

test.serial(
  "the demo brings the flagship up, lists it, finds it quiet, destroys it and exits 0",
  async (t) => {
    const demo = startDemo(t);

    const code = await demo.exited;

    const output = demo.lines.join("\n");
    t.is(code, 0, `${output}\n${demo.stderr.join("\n")}`);
    t.true(demo.lines.includes("The engine now holds 5 external providers:"), output);
    t.deepEqual(listedProviders(demo.lines), PROVIDERS);
    t.regex(
      output,
      /^Pinning the certificate https:\/\/ovn\.example\.com:9696 presents: sha256 [0-9a-f]{64}$/m,
    );
    t.true(demo.lines.includes("A second preview proposes no changes."), output);
    t.is(demo.lines.at(-1), "Destroyed: the engine holds 0 providers.");
  },
);

test.serial("a failed step makes the demo exit 1 naming the resources that failed", async (t) => {
  // An environment setting the providers refuse, as a user's stray variable would be.
  const demo = startDemo(t, [], { OVIRT_REQUEST_TIMEOUT_MS: "0" });

  const code = await demo.exited;

  t.is(code, 1);
  const failure = demo.stderr.at(-1) ?? "";
  t.true(failure.startsWith("demo failed: preview failed ("), demo.stderr.join("\n"));
  t.true(
    failure.includes(
      "urn:pulumi:test::datacenter-providers::pulumi-nodejs:dynamic/ovirt:ForemanProvider::foreman",
    ),
    failure,
  );
  t.false(
    demo.lines.some((line) => line.startsWith("The engine now holds")),
    "nothing came up",
  );
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  test.serial(
    `with --keep the demo stays up, serves its API with the printed CA and stops cleanly on ${signal}`,
    async (t) => {
      const demo = startDemo(t, ["--keep"]);

      await demo.lineMatching(new RegExp(`^${STAY_UP_LINE.replace(/[.()]/g, "\\$&")}$`));
      const [, apiUrl] = await demo.lineMatching(/^Simulated oVirt engine 4\.3 at (\S+)$/);
      const [, caFile, login] = await demo.lineMatching(/^ {2}curl --cacert (\S+) -u '([^']+)'/);
      const [, stateFile] = await demo.lineMatching(/^ {2}the stack's state \(.*\): (\S+)$/);
      const ca = await fs.readFile(caFile, "utf8");
      const root = await getApiRoot(apiUrl, ca, login);
      t.is(root.status, 200, root.body);
      t.like(JSON.parse(root.body), { product_info: { name: "oVirt Engine" } });
      t.true(await exists(stateFile), "the state file is there while the demo stays up");
      t.deepEqual(listedProviders(demo.lines), PROVIDERS);

      demo.child.kill(signal);
      const code = await demo.exited;

      t.is(code, 0, demo.stderr.join("\n"));
      t.is(demo.lines.at(-1), `${signal}: stopping the simulator and removing the stack.`);
      t.false(await exists(stateFile), "the stack is removed");
      t.false(await exists(caFile), "so is the CA file written for it");
      await t.throwsAsync(
        getApiRoot(apiUrl, ca, login),
        { code: "ECONNREFUSED" },
        "the simulator is stopped",
      );
    },
  );
}
