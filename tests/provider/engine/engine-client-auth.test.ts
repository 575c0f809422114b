import test from "ava";

import { createEngineClient } from "../../../provider/engine/engine-client";
import { isEngineError, isEngineLoginError } from "../../../provider/engine/engine-error";
import { requestLimiterFor } from "../../../provider/engine/request-limiter";
import { fakeEngine, fakeEnginePassword, socketError } from "../../helpers/fake-engine";

test("one login is shared by 20 parallel first requests", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ times: 1 });
  engine.scope.get("/ovirt-engine/api/clusters").times(20).reply(200, {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await Promise.all(Array.from({ length: 20 }, () => client.get("/clusters")));

  t.is(engine.log.lines.filter((line) => line.includes("logged in")).length, 1);
  engine.assertDone();
});

test("clients of the same engine and user share the token", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ times: 1 });
  engine.scope.get("/ovirt-engine/api/clusters").twice().reply(200, {});

  await createEngineClient(engine.settings, engine.clientOptions).get("/clusters");
  await createEngineClient(engine.settings, engine.clientOptions).get("/clusters");

  engine.assertDone();
});

test("a 401 makes the client log in again once and repeat the request", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ token: "expired-token" });
  engine.acceptLogin({ token: "fresh-token" });
  engine.scope
    .post("/ovirt-engine/api/externalhostproviders", { name: "foreman1" })
    .matchHeader("authorization", "Bearer expired-token")
    .reply(401, "<html>Unauthorized</html>", { "WWW-Authenticate": 'Basic realm="RESTAPI"' })
    .post("/ovirt-engine/api/externalhostproviders", { name: "foreman1" })
    .matchHeader("authorization", "Bearer fresh-token")
    .reply(201, { id: "f1", name: "foreman1" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.post("/externalhostproviders", { name: "foreman1" }), {
    id: "f1",
    name: "foreman1",
  });
  engine.assertDone();
});

test("a 401 after the new login fails without a third attempt", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ times: 2 });
  engine.scope.get("/ovirt-engine/api/clusters").twice().reply(401, "<html>Unauthorized</html>", {
    "Correlation-Id": "denied-1",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.true(isEngineError(error));
  t.is(
    error?.message,
    `GET /clusters on engine ${engine.apiUrl} failed with HTTP 401: the engine refused a fresh ` +
      "session token too; check the user's access (correlation id denied-1)",
  );
  engine.assertDone();
});

test("a token close to its exp is replaced by a new login before use", async (t) => {
  const clock = { now: 1_700_000_000_000 };
  const engine = fakeEngine(t);
  engine.acceptLogin({ token: "short-lived", exp: String(clock.now + 120_000) });
  engine.acceptLogin({ token: "renewed", exp: String(clock.now + 3_600_000) });
  engine.scope
    .get("/ovirt-engine/api/clusters")
    .matchHeader("authorization", "Bearer short-lived")
    .reply(200, {})
    .get("/ovirt-engine/api/clusters")
    .matchHeader("authorization", "Bearer renewed")
    .reply(200, {});
  const client = createEngineClient(engine.settings, {
    ...engine.clientOptions,
    now: () => clock.now,
  });

  await client.get("/clusters");
  clock.now += 61_000;
  await client.get("/clusters");

  engine.assertDone();
});

test("a refused login in the API-scope shape names user, engine and the engine's text", async (t) => {
  const engine = fakeEngine(t);
  engine.scope.post("/ovirt-engine/sso/oauth/token").reply(400, {
    error_code: "access_denied",
    error:
      "Cannot authenticate user 'admin@internal': Unable to log in. Verify your login information or contact the system administrator.",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.true(isEngineLoginError(error));
  t.is(
    error?.message,
    `Login to oVirt engine ${engine.origin}/ovirt-engine as admin@internal failed: Cannot ` +
      "authenticate user 'admin@internal': Unable to log in. Verify your login information or " +
      "contact the system administrator. (access_denied)",
  );
  t.like(error, { status: 400, errorCode: "access_denied", username: "admin@internal" });
  engine.assertDone();
});

test("a refused login in the OAuth shape names the engine's description", async (t) => {
  const engine = fakeEngine(t);
  engine.scope.post("/ovirt-engine/sso/oauth/token").reply(400, {
    error: "invalid_grant",
    error_description: "The provided authorization grant for the auth code has expired.",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.is(
    error?.message,
    `Login to oVirt engine ${engine.origin}/ovirt-engine as admin@internal failed: The ` +
      "provided authorization grant for the auth code has expired. (invalid_grant)",
  );
  engine.assertDone();
});

test("a failed login is not kept: the next call logs in again", async (t) => {
  const engine = fakeEngine(t);
  engine.scope
    .post("/ovirt-engine/sso/oauth/token")
    .reply(400, { error_code: "access_denied", error: "Cannot authenticate user." });
  engine.acceptLogin();
  engine.scope.get("/ovirt-engine/api/clusters").reply(200, {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await t.throwsAsync(client.get("/clusters"), { name: "EngineLoginError" });
  t.deepEqual(await client.get("/clusters"), {});
  engine.assertDone();
});

test("a login that gets no answer is a login error saying why", async (t) => {
  const engine = fakeEngine(t);
  engine.scope
    .post("/ovirt-engine/sso/oauth/token")
    .replyWithError(socketError("ECONNREFUSED", "connect ECONNREFUSED 10.0.0.1:443"));
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.like(error, { name: "EngineLoginError", status: undefined, transient: false });
  t.regex(error?.message ?? "", /failed: no answer from the SSO endpoint: .*ECONNREFUSED/);
  engine.assertDone();
});

test("a login answered 503 is tried again", async (t) => {
  const engine = fakeEngine(t);
  engine.scope.post("/ovirt-engine/sso/oauth/token").reply(503, "Service Unavailable");
  engine.acceptLogin();
  engine.scope.get("/ovirt-engine/api/clusters").reply(200, {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.get("/clusters"), {});
  engine.assertDone();
});

test("no secret appears in any log line or error message", async (t) => {
  const engine = fakeEngine(t);
  const secrets = [fakeEnginePassword, "first-secret-token", "second-secret-token"];
  engine.acceptLogin({ token: "first-secret-token" });
  engine.acceptLogin({ token: "second-secret-token" });
  engine.scope
    .get("/ovirt-engine/api/clusters")
    .reply(401, "<html>Unauthorized</html>")
    .get("/ovirt-engine/api/clusters")
    .reply(503, "")
    .get("/ovirt-engine/api/clusters")
    .replyWithError(socketError("ECONNRESET", "socket hang up"))
    .get("/ovirt-engine/api/clusters")
    .reply(409, { reason: "Operation Failed", detail: "[Conflict.]" })
    .post("/ovirt-engine/api/clusters")
    .replyWithError(socketError("ECONNRESET", "socket hang up"))
    .post("/ovirt-engine/sso/oauth/token")
    .reply(400, { error_code: "access_denied", error: "Cannot authenticate user." });
  const client = createEngineClient(engine.settings, engine.clientOptions);
  const other = createEngineClient(
    { ...engine.settings, username: "other@internal" },
    engine.clientOptions,
  );

  const errors = [
    await t.throwsAsync(client.get("/clusters")),
    await t.throwsAsync(client.post("/clusters", { password: "not-sent-to-messages" })),
    await t.throwsAsync(other.get("/clusters")),
  ];
  const texts = [
    ...engine.log.lines,
    ...errors.flatMap((error) => [
      String(error),
      error?.stack ?? "",
      String((error as { cause?: unknown }).cause),
      JSON.stringify(error),
    ]),
  ];

  t.true(engine.log.lines.length > 5, "the scenario produced debug lines to inspect");
  for (const secret of [...secrets, "not-sent-to-messages", "Bearer"]) {
    t.deepEqual(
      texts.filter((text) => text.includes(secret)),
      [],
      `no text holds ${secret}`,
    );
  }
  engine.assertDone();
});

test("a transport error quoting the request has the secrets removed", async (t) => {
  const engine = fakeEngine(t);
  engine.scope
    .post("/ovirt-engine/sso/oauth/token")
    .replyWithError(socketError("ECONNRESET", `refused body password=${fakeEnginePassword}`))
    .post("/ovirt-engine/sso/oauth/token")
    .replyWithError(socketError("ECONNREFUSED", `refused body password=${fakeEnginePassword}`));
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));
  const cause = (error as { cause?: Error }).cause;

  t.is(
    error?.message,
    `Login to oVirt engine ${engine.origin}/ovirt-engine as admin@internal failed: no answer ` +
      "from the SSO endpoint: refused body password=***",
  );
  t.false(String(cause?.stack).includes(fakeEnginePassword));
  t.false(String(cause).includes(fakeEnginePassword));
  engine.assertDone();
});

test("a proxy that echoes the bearer token and password into a fault has both hidden", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ token: "echoed-secret-token" });
  engine.scope.post("/ovirt-engine/api/externalhostproviders").reply(400, {
    reason: "Bad Request (Authorization: Bearer echoed-secret-token)",
    detail: `[request body had password ${fakeEnginePassword}]`,
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.post("/externalhostproviders", { name: "f1" }));

  t.true(isEngineError(error));
  t.like(error, {
    reason: "Bad Request (Authorization: Bearer ***)",
    detail: "request body had password ***",
  });
  t.regex(
    error?.message ?? "",
    /failed with HTTP 400: Bad Request \(Authorization: Bearer \*\*\*\): request body had password \*\*\* \(correlation id /,
  );
  engine.assertDone();
});

test("a proxy page echoing the request body has its passwords and Ceph key values hidden", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  const body = {
    name: "cinder1",
    password: "provider-s3cret",
    agent_configuration: { password: "broker-s3cret" },
    authentication_keys: { authentication_key: [{ uuid: "u-1", value: "QVFCa2V5Cg==" }] },
    properties: { property: [{ name: "zone", value: "north" }] },
  };
  engine.scope
    .post("/ovirt-engine/api/openstackvolumeproviders")
    .reply(400, `proxy refused: ${JSON.stringify(body)}`);
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.post("/openstackvolumeproviders", body));

  const detail = (error as { detail?: string } | undefined)?.detail ?? "";
  for (const secret of ["provider-s3cret", "broker-s3cret", "QVFCa2V5Cg=="]) {
    t.false(detail.includes(secret), secret);
    t.false(error?.message.includes(secret), secret);
  }
  t.true(detail.includes('"value":"north"'), "a custom property value is no secret");
  engine.assertDone();
});

test("a plain-text proxy page echoing the renewed token after a 401 has it hidden", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ token: "stale-secret-token" });
  engine.acceptLogin({ token: "renewed-secret-token" });
  engine.scope
    .post("/ovirt-engine/api/externalhostproviders")
    .reply(401, "<html>Unauthorized</html>")
    .post("/ovirt-engine/api/externalhostproviders")
    .reply(400, "upstream said no to Authorization: Bearer renewed-secret-token");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.post("/externalhostproviders", { name: "f1" }));

  t.like(error, { status: 400, detail: "upstream said no to Authorization: Bearer ***" });
  engine.assertDone();
});

test("a refused login whose text echoes the password has it hidden", async (t) => {
  const engine = fakeEngine(t);
  engine.scope.post("/ovirt-engine/sso/oauth/token").reply(400, {
    error_code: "invalid_request",
    error: `could not read form username=admin%40internal&password=${fakeEnginePassword}`,
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.is(
    error?.message,
    `Login to oVirt engine ${engine.origin}/ovirt-engine as admin@internal failed: could not ` +
      "read form username=admin%40internal&password=*** (invalid_request)",
  );
  engine.assertDone();
});

test("a login waits for a slot of the engine's request bound like any request", async (t) => {
  const engine = fakeEngine(t, { maxConcurrentRequests: 1 });
  const events: string[] = [];
  let started: () => void = () => undefined;
  const inFlight = new Promise<void>((resolve) => (started = resolve));
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  engine.acceptLogin({ token: "first-user-token" });
  engine.scope
    .get("/ovirt-engine/api/clusters")
    .reply(200, "{}")
    .get("/ovirt-engine/api/clusters")
    .reply(async () => {
      events.push("first user's request starts");
      started();
      await released;
      events.push("first user's request ends");
      return [200, "{}"];
    })
    .post("/ovirt-engine/sso/oauth/token", (body: Record<string, string>) => {
      return body.username === "other@internal";
    })
    .reply(() => {
      events.push("second user's login");
      return [200, { access_token: "second-user-token", exp: "9223372036854775807" }];
    })
    .get("/ovirt-engine/api/clusters")
    .reply(200, "{}");
  const first = createEngineClient(engine.settings, engine.clientOptions);
  const second = createEngineClient(
    { ...engine.settings, username: "other@internal" },
    engine.clientOptions,
  );

  // The first user is logged in already, so its next request takes the only slot at once.
  await first.get("/clusters");
  const holding = first.get("/clusters");
  await inFlight;
  const limiter = requestLimiterFor(engine.apiUrl, 1);
  t.is(limiter.active, 1);

  // Watch the shared bound: the second user's first step is the one that asks it for a slot.
  const asked = new Promise<void>((resolve) => {
    const run = limiter.run.bind(limiter);
    limiter.run = (task) => {
      resolve();
      return run(task);
    };
  });
  const waiting = second.get("/clusters");
  await asked;
  t.deepEqual(events, ["first user's request starts"]);

  release();
  await Promise.all([holding, waiting]);

  t.deepEqual(events, [
    "first user's request starts",
    "first user's request ends",
    "second user's login",
  ]);
  engine.assertDone();
});
