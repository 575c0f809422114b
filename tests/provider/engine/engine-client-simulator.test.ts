// The client against the project's engine simulator (a real HTTPS server on 127.0.0.1), through
// the simulator's public interface only. This file loads no nock on purpose: nock 14 re-creates
// the socket of every request it lets through, which defeats keep-alive and makes these tests
// several times slower. The only server contacted is the simulator each test starts.
import type { ExecutionContext } from "ava";
import test from "ava";

import { createEngineClient } from "../../../provider/engine/engine-client";
import { isAnswerLost, isEngineNotFound } from "../../../provider/engine/engine-error";
import { readBoolean, readList } from "../../../provider/engine/wire-format";
import { startSimulator } from "../../../simulator";
import type { RunningSimulator } from "../../../simulator";
import { captureLogLines } from "../../helpers/capture-log-lines";

async function simulatorFor(
  t: ExecutionContext,
  options: Parameters<typeof startSimulator>[0] = {},
): Promise<RunningSimulator> {
  const simulator = await startSimulator(options);
  t.teardown(() => simulator.stop());
  return simulator;
}

function clientFor(simulator: RunningSimulator, maxConcurrentRequests?: number) {
  return createEngineClient(
    {
      url: simulator.apiUrl,
      username: simulator.username,
      password: simulator.password,
      caPem: simulator.caCertificate,
      ...(maxConcurrentRequests === undefined ? {} : { maxConcurrentRequests }),
    },
    { logger: captureLogLines().logger, retry: { baseDelayMs: 1, maxDelayMs: 4 } },
  );
}

const foreman = {
  name: "foreman1",
  url: "https://foreman.example.com",
  requires_authentication: "true",
  username: "admin",
  password: "foreman-secret",
};

test("a provider is added, read, refused as a duplicate and removed", async (t) => {
  const simulator = await simulatorFor(t);
  const client = clientFor(simulator);

  const created = (await client.post("/externalhostproviders", foreman)) as { id: string };
  const read = (await client.get(`/externalhostproviders/${created.id}`)) as Record<
    string,
    unknown
  >;
  const duplicate = await t.throwsAsync(client.post("/externalhostproviders", foreman));
  await client.delete(`/externalhostproviders/${created.id}`);
  const gone = await t.throwsAsync(client.get(`/externalhostproviders/${created.id}`));

  t.is(read.name, "foreman1");
  t.true(readBoolean(read.requires_authentication));
  t.false("password" in read);
  t.like(duplicate, { name: "EngineError", status: 409, reason: "Operation Failed" });
  t.false(String((duplicate as unknown as { detail: unknown }).detail).startsWith("["));
  t.true(isEngineNotFound(gone));
});

test("the engine version comes from the simulator's API root", async (t) => {
  const simulator = await simulatorFor(t, { engineVersion: "4.4" });
  const client = clientFor(simulator);

  const version = await client.engineVersion();
  await client.engineVersion();

  t.like(version, { major: 4, minor: 4 });
  t.is(simulator.requests.count("GET", "/ovirt-engine/api"), 1);
});

test("an empty collection from the simulator reads as an empty list", async (t) => {
  const simulator = await simulatorFor(t);
  const client = clientFor(simulator);

  const list = await client.get("/openstackimageproviders", {
    query: { search: "name=nothing-by-this-name" },
  });

  t.deepEqual(readList(list, "openstack_image_provider"), []);
});

test("expired tokens lead to one new login and a successful repeat", async (t) => {
  const simulator = await simulatorFor(t);
  const client = clientFor(simulator);
  await client.get("/externalhostproviders");

  simulator.faults.expireTokens();
  await client.get("/externalhostproviders");

  t.is(simulator.requests.count("POST", "/ovirt-engine/sso/oauth/token"), 2);
  t.is(simulator.requests.count("GET", "/ovirt-engine/api/externalhostproviders"), 3);
});

test("a GET answered 503 twice by the simulator succeeds on the third attempt", async (t) => {
  const simulator = await simulatorFor(t);
  const client = clientFor(simulator);
  simulator.faults.failNext("GET", "/externalhostproviders", { kind: "status", status: 503 }, 2);

  await client.get("/externalhostproviders");

  t.is(simulator.requests.count("GET", "/ovirt-engine/api/externalhostproviders"), 3);
});

test("a POST whose connection drops after the engine acted is reported as a lost answer", async (t) => {
  const simulator = await simulatorFor(t);
  const client = clientFor(simulator);
  simulator.faults.failNext("POST", "/externalhostproviders", { kind: "drop-after-processing" });

  const error = await t.throwsAsync(client.post("/externalhostproviders", foreman));
  const found = await client.get("/externalhostproviders", { query: { search: "name=foreman1" } });

  t.true(isAnswerLost(error));
  t.is(simulator.requests.count("POST", "/ovirt-engine/api/externalhostproviders"), 1);
  t.is(readList(found, "external_host_provider").length, 1);
});

test("the client's bound keeps a busy engine from refusing 40 parallel calls", async (t) => {
  const simulator = await simulatorFor(t, { maxConcurrentRequests: 3, latencyMs: 2 });
  const client = clientFor(simulator, 3);

  await Promise.all(Array.from({ length: 40 }, () => client.get("/externalhostproviders")));

  const answers = simulator.requests
    .entries()
    .filter((entry) => entry.path === "/ovirt-engine/api/externalhostproviders");
  t.is(answers.length, 40);
  t.true(answers.every((entry) => entry.status === 200));
});
