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

test("the CLI refuses unknown arguments with its usage and exit code 2", async (t) => {
  const { child, exited } = runCli(["--port", "0", "--bogus", "1"]);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  t.is(await exited, 2);
  t.regex(stderr, /unknown argument --bogus/);
  t.regex(stderr, /usage: npm run simulator/);
});
