import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import test from "ava";
import { httpsRequest } from "./helpers/https-request";

const CLI = join(__dirname, "../../simulator/cli.ts");

function runCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, lines, exited };
}

test("the CLI prints the API URL first, then the login, and serves with the CA it wrote", async (t) => {
  const directory = mkdtempSync(join(tmpdir(), "simulator-cli-"));
  t.teardown(() => rmSync(directory, { recursive: true, force: true }));
  const caFile = join(directory, "ca.pem");
  const { child, lines, exited } = runCli([
    "--port",
    "0",
    "--ca-file",
    caFile,
    "--password",
    "cli-pw",
    "--engine-version",
    "4.4",
  ]);
  t.teardown(() => child.kill());
  const first = (await lines.next()).value as string;
  const match = /^listening on (https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api)$/.exec(first);
  t.truthy(match, first);
  t.is((await lines.next()).value, "username: admin@internal");
  t.is((await lines.next()).value, "password: cli-pw");
  const root = await httpsRequest(match?.[1] as string, {
    headers: {
      Accept: "application/json",
      Authorization: `Basic ${Buffer.from("admin@internal:cli-pw").toString("base64")}`,
    },
    ca: readFileSync(caFile, "utf8"),
  });
  t.is(JSON.parse(root.text).product_info.version.minor, "4");
  child.kill("SIGTERM");
  t.is(await exited, 0);
});

/** The URL, login and CA of a CLI run, read from its first lines. */
async function listening(run: ReturnType<typeof runCli>, caFile: string) {
  const first = (await run.lines.next()).value as string;
  const apiUrl = /^listening on (https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api)$/.exec(first)?.[1];
  if (apiUrl === undefined) throw new Error(`unexpected first line: ${first}`);
  return { apiUrl, ca: readFileSync(caFile, "utf8") };
}

const basicAuth = (password: string) =>
  `Basic ${Buffer.from(`admin@internal:${password}`).toString("base64")}`;

test("a provider answered with 201 survives the CLI being killed at once", async (t) => {
  const directory = mkdtempSync(join(tmpdir(), "simulator-cli-"));
  t.teardown(() => rmSync(directory, { recursive: true, force: true }));
  const caFile = join(directory, "ca.pem");
  const stateFile = join(directory, "engine.json");
  const args = ["--port", "0", "--ca-file", caFile, "--state-file", stateFile, "--password", "pw"];

  const first = runCli(args);
  t.teardown(() => first.child.kill("SIGKILL"));
  const before = await listening(first, caFile);
  const added = await httpsRequest(`${before.apiUrl}/externalhostproviders`, {
    method: "POST",
    headers: {
      Accept: "application/json",
      "Content-Type": "application/json",
      Authorization: basicAuth("pw"),
    },
    body: JSON.stringify({ name: "crash-kept", url: "https://foreman.example.com" }),
    ca: before.ca,
  });
  t.is(added.status, 201);
  // No SIGTERM and no stop(): whatever was answered must already be on disk.
  first.child.kill("SIGKILL");
  await first.exited;

  const second = runCli(args);
  t.teardown(() => second.child.kill("SIGKILL"));
  const after = await listening(second, caFile);
  t.is(after.ca, before.ca);
  const id = (JSON.parse(added.text) as { id: string }).id;
  const read = await httpsRequest(`${after.apiUrl}/externalhostproviders/${id}`, {
    headers: { Accept: "application/json", Authorization: basicAuth("pw") },
    ca: after.ca,
  });
  t.is(read.status, 200);
  t.like(JSON.parse(read.text), { id, name: "crash-kept", url: "https://foreman.example.com" });
});

test("the CLI refuses unknown arguments with its usage and exit code 2", async (t) => {
  const { child, exited } = runCli(["--port", "0", "--bogus", "1"]);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  t.is(await exited, 2);
  t.regex(stderr, /unknown argument --bogus/);
  t.regex(stderr, /usage: npm run simulator/);
});
