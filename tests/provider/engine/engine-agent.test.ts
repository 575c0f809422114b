// This file loads no nock on purpose: nock 14 replaces the socket layer even for requests it
// lets through, so connection reuse could not be observed under it. The only server contacted
// is the one the test starts on 127.0.0.1.
import { rootCertificates } from "node:tls";

import test from "ava";

import { createEngineAgent } from "../../../provider/engine/engine-agent";
import { createEngineClient } from "../../../provider/engine/engine-client";
import { resolveEngineConnection } from "../../../provider/engine/engine-connection";
import { captureLogLines } from "../../helpers/capture-log-lines";
import { mintTestCertificates } from "../../helpers/mint-test-certificates";
import { startHttpsEngine } from "../../helpers/start-https-engine";

const certificates = mintTestCertificates();
const settings = {
  url: "https://agent.test",
  username: "admin@internal",
  password: "agent-password",
};

test("the agent keeps connections alive, bounded and verified against the given CA", (t) => {
  const connection = resolveEngineConnection({
    ...settings,
    caPem: certificates.caPem,
    maxConcurrentRequests: 5,
  });

  const agent = createEngineAgent(connection, captureLogLines().logger);
  t.teardown(() => agent.destroy());

  t.like(agent.options, { keepAlive: true, maxSockets: 5, rejectUnauthorized: true });
  const ca = connection.certificateAuthorities ?? [];
  t.true(rootCertificates.every((root) => ca.includes(root)));
  t.is(ca.at(-1), certificates.caPem.trim());
  // Built once from those CAs: as a `ca` option, every new socket would parse them again and
  // every request would copy them into the agent's pool key.
  t.truthy(agent.options.secureContext);
  t.is(agent.options.ca, undefined);
  t.is(agent.maxSockets, 5);
});

test("without a CA the agent leaves Node's default trust store in place", (t) => {
  const agent = createEngineAgent(resolveEngineConnection(settings), captureLogLines().logger);
  t.teardown(() => agent.destroy());

  t.is(agent.options.ca, undefined);
  t.is(agent.options.rejectUnauthorized, true);
});

test("an insecure agent skips verification and says so", (t) => {
  const log = captureLogLines();
  const agent = createEngineAgent(
    resolveEngineConnection({ ...settings, insecure: true }),
    log.logger,
  );
  t.teardown(() => agent.destroy());

  t.is(agent.options.rejectUnauthorized, false);
  t.is(log.lines.length, 1);
  t.regex(
    log.lines[0],
    /^warn: TLS verification is off for oVirt engine https:\/\/agent\.test\/ovirt-engine /,
  );
});

test("sequential requests reuse one kept-alive connection", async (t) => {
  const engine = await startHttpsEngine(certificates);
  t.teardown(() => engine.stop());
  const client = createEngineClient(
    { ...settings, url: engine.origin, caPem: certificates.caPem },
    { logger: captureLogLines().logger },
  );

  await client.get("/");
  await client.get("/");
  await client.get("/");

  t.is(engine.connections(), 1);
});
