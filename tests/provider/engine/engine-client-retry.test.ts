import test from "ava";

import { createEngineClient } from "../../../provider/engine/engine-client";
import { isAnswerLost, isEngineError } from "../../../provider/engine/engine-error";
import { fakeEngine, socketError } from "../../helpers/fake-engine";

const provider = "/ovirt-engine/api/openstackimageproviders/ceab";

test("a GET answered 503 twice succeeds on the third attempt", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get(provider)
    .twice()
    .reply(503, "Service Unavailable")
    .get(provider)
    .reply(200, { id: "ceab" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.get("/openstackimageproviders/ceab"), { id: "ceab" });
  engine.assertDone();
});

test("a PUT answered 503 twice succeeds on the third attempt", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .put(provider, { description: "new" })
    .twice()
    .reply(503, "")
    .put(provider, { description: "new" })
    .reply(200, { id: "ceab", description: "new" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.like(await client.put("/openstackimageproviders/ceab", { description: "new" }), {
    description: "new",
  });
  engine.assertDone();
});

test("a DELETE is repeated after 502, 504 and a reset connection", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .delete(provider)
    .reply(502, "Bad Gateway")
    .delete(provider)
    .reply(504, "Gateway Timeout")
    .delete(provider)
    .replyWithError(socketError("ECONNRESET", "socket hang up"))
    .delete(provider)
    .reply(200, { status: "complete" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.delete("/openstackimageproviders/ceab"), { status: "complete" });
  engine.assertDone();
});

test("a POST answered 503 is not repeated", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post("/ovirt-engine/api/openstackimageproviders")
    .once()
    .reply(503, "Service Unavailable");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.post("/openstackimageproviders", { name: "glance1" }));

  t.like(error, { name: "EngineError", status: 503, detail: "Service Unavailable" });
  t.false(isAnswerLost(error));
  engine.assertDone();
});

test("a POST whose connection resets fails as a lost answer and is not repeated", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post("/ovirt-engine/api/openstackimageproviders")
    .once()
    .replyWithError(socketError("ECONNRESET", "socket hang up"));
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.post("/openstackimageproviders", { name: "glance1" }));

  t.true(isAnswerLost(error));
  t.like(error, { status: undefined, method: "POST", path: "/openstackimageproviders" });
  t.regex(
    error?.message ?? "",
    /got no answer: the connection was reset \(ECONNRESET\); the engine may have carried it out/,
  );
  engine.assertDone();
});

test("a POST that outlives its timeout fails as a lost answer", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post("/ovirt-engine/api/openstackimageproviders/ceab/testconnectivity")
    .delay(500)
    .reply(200, { status: "complete" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(
    client.post("/openstackimageproviders/ceab/testconnectivity", {}, { timeoutMs: 50 }),
  );

  t.true(isAnswerLost(error));
  t.regex(error?.message ?? "", /got no answer: timed out after 50 ms/);
  engine.assertDone();
});

test("a GET that times out is tried again", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get(provider)
    .delay(3000)
    .reply(200, { id: "late" })
    .get(provider)
    .reply(200, { id: "ceab" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const answer = await client.get("/openstackimageproviders/ceab", { timeoutMs: 300 });

  t.deepEqual(answer, { id: "ceab" });
  t.true(engine.log.lines.some((line) => line.includes("got no answer: timed out after 300 ms")));
  engine.assertDone();
});

test("retries stop after the attempt limit with the last error", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get(provider).times(3).reply(503, "Service Unavailable", {
    "Correlation-Id": "busy-1",
  });
  const client = createEngineClient(engine.settings, {
    ...engine.clientOptions,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });

  const error = await t.throwsAsync(client.get("/openstackimageproviders/ceab"));

  t.true(isEngineError(error));
  t.is(
    error?.message,
    `GET /openstackimageproviders/ceab on engine ${engine.apiUrl} failed with HTTP 503: ` +
      "Service Unavailable (correlation id busy-1)",
  );
  engine.assertDone();
});

test("retries stop when the time budget is spent", async (t) => {
  const engine = fakeEngine(t);
  const clock = { now: 0 };
  engine.acceptLogin();
  engine.scope.get(provider).twice().reply(503, "");
  const client = createEngineClient(engine.settings, {
    ...engine.clientOptions,
    retry: { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 1000, maxElapsedMs: 1500 },
    now: () => clock.now,
    sleep: async (ms) => {
      clock.now += ms;
    },
  });

  await t.throwsAsync(client.get("/openstackimageproviders/ceab"), { name: "EngineError" });
  t.true(clock.now <= 1500, "no wait went past the budget");
  engine.assertDone();
});

test("a 500 is not repeated, even for a GET", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get(provider).once().reply(500, { reason: "Operation Failed" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await t.throwsAsync(client.get("/openstackimageproviders/ceab"), {
    name: "EngineError",
    message: /failed with HTTP 500: Operation Failed/,
  });
  engine.assertDone();
});

test("each retry is logged at debug level with its delay", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get(provider).reply(503, "").get(provider).reply(200, {});
  const client = createEngineClient(engine.settings, { ...engine.clientOptions, random: () => 1 });

  await client.get("/openstackimageproviders/ceab");

  t.true(
    engine.log.lines.some((line) =>
      /^debug: GET \/openstackimageproviders\/ceab .* failed with HTTP 503 .*; attempt 2 in 1 ms$/.test(
        line,
      ),
    ),
  );
  engine.assertDone();
});
