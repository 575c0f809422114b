import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import test from "ava";

import { createEngineClient } from "../../../provider/engine/engine-client";
import { isEngineLoginError } from "../../../provider/engine/engine-error";
import { captureLogLines } from "../../helpers/capture-log-lines";
import { mintTestCertificates } from "../../helpers/mint-test-certificates";
import "../../helpers/no-real-network";
import { startHttpsEngine } from "../../helpers/start-https-engine";
import type { HttpsEngine } from "../../helpers/start-https-engine";

const certificates = mintTestCertificates();
const fastRetries = { retry: { baseDelayMs: 1, maxDelayMs: 2 } };

async function engineFor(t: { teardown(fn: () => Promise<void>): void }): Promise<HttpsEngine> {
  const engine = await startHttpsEngine(certificates);
  t.teardown(() => engine.stop());
  return engine;
}

function settingsFor(engine: HttpsEngine) {
  return { url: engine.origin, username: "admin@internal", password: "tls-password" };
}

test("an engine signed by a CA given as PEM text is trusted", async (t) => {
  const engine = await engineFor(t);
  const client = createEngineClient(
    { ...settingsFor(engine), caPem: certificates.caPem },
    { logger: captureLogLines().logger, ...fastRetries },
  );

  t.deepEqual(await client.engineVersion(), { major: 4, minor: 4, build: 10, full: "4.4.10.7" });
});

test("an engine signed by a CA read from a file is trusted", async (t) => {
  const engine = await engineFor(t);
  const folder = mkdtempSync(join(tmpdir(), "engine-tls-"));
  t.teardown(async () => rmSync(folder, { recursive: true, force: true }));
  const caFile = join(folder, "engine-ca.pem");
  writeFileSync(caFile, certificates.caPem);
  const client = createEngineClient(
    { ...settingsFor(engine), caFile },
    { logger: captureLogLines().logger, ...fastRetries },
  );

  t.is((await client.engineVersion()).minor, 4);
});

test("an engine whose CA is not given is refused with a hint", async (t) => {
  const engine = await engineFor(t);
  const client = createEngineClient(settingsFor(engine), {
    logger: captureLogLines().logger,
    ...fastRetries,
  });

  const error = await t.throwsAsync(client.engineVersion());

  t.true(isEngineLoginError(error));
  t.regex(
    error?.message ?? "",
    /^Login to oVirt engine https:\/\/127\.0\.0\.1:\d+\/ovirt-engine as admin@internal failed: no answer from the SSO endpoint: .*certificate.*; trust the engine's CA by giving caFile or caPem$/,
  );
});

test("insecure reaches an untrusted engine and warns", async (t) => {
  const engine = await engineFor(t);
  const log = captureLogLines();
  const client = createEngineClient(
    { ...settingsFor(engine), insecure: true },
    { logger: log.logger, ...fastRetries },
  );

  t.is((await client.engineVersion()).major, 4);
  t.deepEqual(
    log.lines.filter((line) => line.startsWith("warn:")),
    [
      `warn: TLS verification is off for oVirt engine ${engine.origin}/ovirt-engine ` +
        "(insecure: true): anyone on the network path can read or change what is sent, " +
        "credentials included. Give the engine's CA as caFile or caPem instead.",
    ],
  );
});
