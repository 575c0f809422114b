import test from "ava";
import { startSimulator } from "../../simulator/index";
import type { RunningSimulator } from "../../simulator/index";
import { call } from "./helpers/engine-call";
import { httpsRequest } from "./helpers/https-request";

async function started(t: { teardown: (fn: () => Promise<void>) => void }, options = {}) {
  const simulator = await startSimulator(options);
  t.teardown(() => simulator.stop());
  return simulator;
}

async function bearerToken(simulator: RunningSimulator): Promise<string> {
  const answer = await httpsRequest(`${simulator.engineUrl}/sso/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "password",
      scope: "ovirt-app-api",
      username: simulator.username,
      password: simulator.password,
    }).toString(),
    ca: simulator.caCertificate,
  });
  return JSON.parse(answer.text).access_token as string;
}

test("a scripted status answers in place of the engine, then the engine answers again", async (t) => {
  const simulator = await started(t);
  simulator.faults.failNext("GET", "/externalhostproviders", { kind: "status", status: 409 });
  const failed = await call(simulator, "GET", "/externalhostproviders");
  t.is(failed.status, 409);
  t.deepEqual(failed.json(), { detail: "[Injected failure]", reason: "Operation Failed" });
  t.is((await call(simulator, "GET", "/externalhostproviders")).status, 200);
  t.deepEqual(simulator.faults.pending(), []);
});

test("scripted 401, 404 and proxy statuses look like the engine's and the proxy's", async (t) => {
  const simulator = await started(t);
  simulator.faults.add({ path: "/", failure: { kind: "status", status: 401 } });
  simulator.faults.add({ path: "/", failure: { kind: "status", status: 404 } });
  simulator.faults.add({ path: "/", failure: { kind: "status", status: 502 } });
  const unauthorized = await call(simulator, "GET", "");
  t.is(unauthorized.headers["www-authenticate"], 'Basic realm="RESTAPI"');
  t.regex(unauthorized.headers["content-type"] ?? "", /^text\/html/);
  const missing = await call(simulator, "GET", "");
  t.deepEqual([missing.status, missing.text], [404, ""]);
  const proxy = await call(simulator, "GET", "");
  t.is(proxy.status, 502);
  t.regex(proxy.headers["content-type"] ?? "", /^text\/html/);
});

test("scripted failures match by RegExp, method and count", async (t) => {
  const simulator = await started(t, {
    faults: [
      {
        path: /\/testconnectivity$/,
        failure: { kind: "status", status: 500, detail: "boom" },
        times: 2,
      },
    ],
  });
  const path = "/externalhostproviders/00000000-0000-0000-0000-000000000000/testconnectivity";
  t.is((await call(simulator, "POST", path, { body: {} })).json().detail, "boom");
  t.is((await call(simulator, "POST", path, { body: {} })).status, 500);
  t.is((await call(simulator, "POST", path, { body: {} })).status, 404);
  simulator.faults.failNext("PUT", "/", { kind: "status", status: 502 });
  t.is((await call(simulator, "GET", "")).status, 200);
  simulator.faults.clear();
  t.deepEqual(simulator.faults.pending(), []);
});

test("a dropped connection gives the client no answer and changes nothing", async (t) => {
  const simulator = await started(t);
  simulator.faults.failNext("POST", "/externalhostproviders", { kind: "drop" });
  await t.throwsAsync(
    call(simulator, "POST", "/externalhostproviders", {
      body: { name: "dropped", url: "https://f" },
    }),
  );
  t.is(simulator.inventory.provider("dropped"), undefined);
  const logged = simulator.requests.entries().find((entry) => entry.method === "POST");
  t.is(logged?.status, undefined);
  t.is(logged?.injected, "drop");
});

test("a connection dropped after processing loses the answer, not the change", async (t) => {
  const simulator = await started(t);
  simulator.faults.failNext("POST", "/externalhostproviders", { kind: "drop-after-processing" });
  await t.throwsAsync(
    call(simulator, "POST", "/externalhostproviders", { body: { name: "kept", url: "https://f" } }),
  );
  t.truthy(simulator.inventory.provider("kept"));
});

test("a stall holds the request without answer until the client gives up", async (t) => {
  const simulator = await started(t);
  simulator.faults.failNext("GET", "/", { kind: "stall" });
  await t.throwsAsync(call(simulator, "GET", "", { timeoutMs: 200 }), {
    message: "client timeout",
  });
});

test("a timed stall ends by closing the connection", async (t) => {
  const simulator = await started(t);
  simulator.faults.failNext("GET", "/", { kind: "stall", ms: 50 });
  await t.throwsAsync(call(simulator, "GET", ""), { code: "ECONNRESET" });
});

test("requests beyond the concurrency bound get 503 while the others are served", async (t) => {
  const simulator = await started(t, { maxConcurrentRequests: 2 });
  const stalledCount = () => simulator.requests.count("GET", "/externalhostproviders");
  // A stalled request holds its slot until the simulator stops.
  const hold = async (expected: number) => {
    simulator.faults.failNext("GET", "/externalhostproviders", { kind: "stall" });
    const held = call(simulator, "GET", "/externalhostproviders").catch(() => "dropped");
    while (stalledCount() < expected) await new Promise((resolve) => setImmediate(resolve));
    // Wrapped: an async function returning the promise itself would wait for it to settle.
    return { held };
  };

  const first = await hold(1);
  t.is((await call(simulator, "GET", "")).status, 200, "the second slot still serves");
  const second = await hold(2);
  const busy = await call(simulator, "GET", "");
  t.is(busy.status, 503);
  t.is(busy.headers["retry-after"], "1");
  t.is(simulator.requests.entries().at(-1)?.injected, "busy");

  simulator.faults.setMaxConcurrentRequests(undefined);
  t.is((await call(simulator, "GET", "")).status, 200);
  await simulator.stop();
  t.deepEqual(await Promise.all([first.held, second.held]), ["dropped", "dropped"]);
});

test("latency is added before the answer", async (t) => {
  const simulator = await started(t, { latencyMs: 40 });
  await call(simulator, "GET", "");
  simulator.faults.setLatency(0);
  const [delayed] = simulator.requests.entries();
  t.true((delayed?.durationMs ?? 0) >= 40);
});

test("expired tokens are refused with 401 and a new login works", async (t) => {
  const simulator = await started(t);
  const token = await bearerToken(simulator);
  t.is((await call(simulator, "GET", "", { auth: { token } })).status, 200);
  simulator.faults.expireTokens();
  const refused = await call(simulator, "GET", "", { auth: { token } });
  t.is(refused.status, 401);
  t.is(refused.headers["www-authenticate"], 'Basic realm="RESTAPI"');
  t.is(
    (await call(simulator, "GET", "", { auth: { token: await bearerToken(simulator) } })).status,
    200,
  );
});

test("tokens expire after the configured lifetime", async (t) => {
  const simulator = await started(t, { tokenLifetimeMs: 0 });
  const token = await bearerToken(simulator);
  t.is((await call(simulator, "GET", "", { auth: { token } })).status, 401);
});
