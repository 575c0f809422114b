import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { rootCertificates } from "node:tls";

import test from "ava";

import { createEngineClient, getEngineClient } from "../../../provider/engine/engine-client";
import { isEngineSettingsError } from "../../../provider/engine/engine-error";
import { fakeEngine } from "../../helpers/fake-engine";

const clusters = "/ovirt-engine/api/clusters";

/** Answers after a short wait and records how many requests were in flight at once. */
function countInFlight(): { highest: () => number; reply: () => Promise<[number, string]> } {
  let inFlight = 0;
  let highest = 0;

  return {
    highest: () => highest,
    reply: async () => {
      inFlight += 1;
      highest = Math.max(highest, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return [200, "{}"];
    },
  };
}

test("the request bound holds under 50 parallel calls", async (t) => {
  const engine = fakeEngine(t, { maxConcurrentRequests: 4 });
  const counter = countInFlight();
  engine.acceptLogin();
  engine.scope.get(clusters).times(50).reply(counter.reply);
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await Promise.all(Array.from({ length: 50 }, () => client.get("/clusters")));

  t.is(counter.highest(), 4);
  engine.assertDone();
});

test("the default bound of 8 is shared by every client of the engine", async (t) => {
  const engine = fakeEngine(t);
  const counter = countInFlight();
  engine.acceptLogin();
  engine.scope.get(clusters).times(50).reply(counter.reply);
  const first = createEngineClient(engine.settings, engine.clientOptions);
  const second = createEngineClient(engine.settings, engine.clientOptions);

  await Promise.all(
    Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? first : second).get("/clusters")),
  );

  t.is(counter.highest(), 8);
  engine.assertDone();
});

test("one client per engine and user is shared by all callers", (t) => {
  const engine = fakeEngine(t);

  const first = getEngineClient(engine.settings, engine.clientOptions);
  const again = getEngineClient({ ...engine.settings }, engine.clientOptions);
  const otherSpelling = getEngineClient(
    { ...engine.settings, url: `${engine.origin}/ovirt-engine/` },
    engine.clientOptions,
  );
  const otherUser = getEngineClient(
    { ...engine.settings, username: "reader@internal" },
    engine.clientOptions,
  );

  t.is(again, first);
  t.is(otherSpelling, first);
  t.not(otherUser, first);
  engine.assertDone();
});

test("changed settings replace the shared client", (t) => {
  const engine = fakeEngine(t);

  const first = getEngineClient(engine.settings, engine.clientOptions);
  const newPassword = getEngineClient(
    { ...engine.settings, password: "rotated-password" },
    engine.clientOptions,
  );

  t.not(newPassword, first);
  t.is(
    getEngineClient({ ...engine.settings, password: "rotated-password" }, engine.clientOptions),
    newPassword,
  );
  engine.assertDone();
});

test("looking up the shared client does not read its CA file again", (t) => {
  const engine = fakeEngine(t);
  const folder = mkdtempSync(path.join(tmpdir(), "engine-client-ca-"));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  const caFile = path.join(folder, "ca.pem");
  writeFileSync(caFile, rootCertificates[0]);
  const settings = { ...engine.settings, caFile };

  const first = getEngineClient(settings, engine.clientOptions);
  // Resolving the settings again would now fail: the file is gone.
  rmSync(caFile);

  t.is(getEngineClient({ ...settings }, engine.clientOptions), first);
  engine.assertDone();
});

test("bad settings are refused before any request, naming the field", (t) => {
  const engine = fakeEngine(t);

  const error = t.throws(() =>
    getEngineClient({ ...engine.settings, maxConcurrentRequests: -1 }, engine.clientOptions),
  );

  t.true(isEngineSettingsError(error));
  t.is((error as { field?: string }).field, "maxConcurrentRequests");
  engine.assertDone();
});

test("turning TLS verification off warns each time a client is built", (t) => {
  const engine = fakeEngine(t, { insecure: true });

  createEngineClient(engine.settings, engine.clientOptions);
  createEngineClient(engine.settings, engine.clientOptions);

  const warning =
    `warn: TLS verification is off for oVirt engine ${engine.origin}/ovirt-engine ` +
    "(insecure: true): anyone on the network path can read or change what is sent, " +
    "credentials included. Give the engine's CA as caFile or caPem instead.";
  t.deepEqual(engine.log.lines, [warning, warning]);
  engine.assertDone();
});

test("a verified connection logs no warning", (t) => {
  const engine = fakeEngine(t);

  createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(engine.log.lines, []);
  engine.assertDone();
});
