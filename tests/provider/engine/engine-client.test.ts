import test from "ava";

import { createEngineClient } from "../../../provider/engine/engine-client";
import { isEngineError, isEngineNotFound } from "../../../provider/engine/engine-error";
import { readBoolean, readList } from "../../../provider/engine/wire-format";
import { fakeEngine } from "../../helpers/fake-engine";
import apiRoot from "./fixtures/get-api-root.json";
import networkProvider from "./fixtures/get-openstack-network-provider.json";

const correlationIdShape = /^[0-9a-f-]{36}$/;

test("every request carries JSON, version, correlation and bearer headers", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin({ token: "token-abc" });
  engine.scope
    .get("/ovirt-engine/api/openstacknetworkproviders")
    .matchHeader("accept", "application/json")
    .matchHeader("content-type", "application/json")
    .matchHeader("version", "4")
    .matchHeader("correlation-id", correlationIdShape)
    .matchHeader("authorization", "Bearer token-abc")
    .reply(200, {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.get("/openstacknetworkproviders"), {});
  engine.assertDone();
});

test("the API root is normalised and exposed as apiUrl", (t) => {
  const engine = fakeEngine(t, { url: "https://engine-root.test/" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.is(client.apiUrl, "https://engine-root.test/ovirt-engine/api");
  engine.assertDone();
});

test("string booleans and an empty {} list decode from real engine answers", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get("/ovirt-engine/api/openstacknetworkproviders")
    .reply(200, { openstack_network_provider: [networkProvider] })
    .get("/ovirt-engine/api/externalhostproviders")
    .reply(200, "{ }", { "Content-Type": "application/json" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const networks = readList(
    await client.get("/openstacknetworkproviders"),
    "openstack_network_provider",
  ) as Array<Record<string, unknown>>;
  const hosts = readList(await client.get("/externalhostproviders"), "external_host_provider");

  t.is(networks.length, 1);
  t.is(readBoolean(networks[0].read_only), false);
  t.is(readBoolean(networks[0].auto_sync), true);
  t.deepEqual(hosts, []);
  engine.assertDone();
});

test("POST and PUT send their body as bare JSON and return the engine's entity", async (t) => {
  const engine = fakeEngine(t);
  const body = { name: "ovn2", type: "external", read_only: "false" };
  engine.acceptLogin();
  engine.scope
    .post("/ovirt-engine/api/openstacknetworkproviders", body)
    .reply(201, { ...body, id: "0a6f" })
    .put("/ovirt-engine/api/openstacknetworkproviders/0a6f", { description: "OVN" })
    .reply(200, { ...body, id: "0a6f", description: "OVN" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.post("/openstacknetworkproviders", body), { ...body, id: "0a6f" });
  t.like(await client.put("/openstacknetworkproviders/0a6f", { description: "OVN" }), {
    description: "OVN",
  });
  engine.assertDone();
});

test("query parameters are encoded onto the URL", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get("/ovirt-engine/api/openstacknetworkproviders")
    .query({ search: "name=ovn 1", max: "1" })
    .reply(200, {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await client.get("/openstacknetworkproviders", { query: { search: "name=ovn 1", max: "1" } });
  engine.assertDone();
});

test("an engine href works as a path", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.delete("/ovirt-engine/api/openstacknetworkproviders/0a6f").reply(200, {
    status: "complete",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  t.deepEqual(await client.delete(networkProvider.href), { status: "complete" });
  engine.assertDone();
});

test("an empty answer body resolves to undefined", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .post("/ovirt-engine/api/openstacknetworkproviders/0a6f/testconnectivity", {})
    .query({ async: "true" })
    .reply(202, "");
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const answer = await client.post(
    "openstacknetworkproviders/0a6f/testconnectivity",
    {},
    { query: { async: "true" } },
  );

  t.is(answer, undefined);
  engine.assertDone();
});

test("a 404 is recognisable as not found", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get("/ovirt-engine/api/openstackimageproviders/gone")
    .reply(404, "", { "Correlation-Id": "lookup-1" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/openstackimageproviders/gone"));

  t.true(isEngineNotFound(error));
  t.is(
    error?.message,
    `GET /openstackimageproviders/gone on engine ${engine.apiUrl} failed with HTTP 404 ` +
      "(correlation id lookup-1)",
  );
  engine.assertDone();
});

test("a 409 fault is surfaced with the engine's reason and detail", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.post("/ovirt-engine/api/externalhostproviders").reply(
    409,
    {
      reason: "Operation Failed",
      detail:
        "[Cannot add provider. The provider name is already in use, please choose a unique name and try again.]",
    },
    { "Correlation-Id": "add-foreman-1" },
  );
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.post("/externalhostproviders", { name: "foreman1" }));

  t.true(isEngineError(error));
  t.false(isEngineNotFound(error));
  t.like(error, {
    name: "EngineError",
    method: "POST",
    path: "/externalhostproviders",
    status: 409,
    reason: "Operation Failed",
    detail:
      "Cannot add provider. The provider name is already in use, please choose a unique name and try again.",
    correlationId: "add-foreman-1",
    engineUrl: engine.apiUrl,
    answerLost: false,
  });
  t.is(
    error?.message,
    `POST /externalhostproviders on engine ${engine.apiUrl} failed with HTTP 409: ` +
      "Operation Failed: Cannot add provider. The provider name is already in use, please " +
      "choose a unique name and try again. (correlation id add-foreman-1)",
  );
  engine.assertDone();
});

test("the correlation id sent is the one reported when the engine echoes none", async (t) => {
  const engine = fakeEngine(t);
  let sent: string | undefined;
  engine.acceptLogin();
  engine.scope.get("/ovirt-engine/api/clusters").reply(function () {
    sent = String(this.req.headers["correlation-id"]);
    return [400, { reason: "Invalid value" }];
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.regex(sent ?? "", correlationIdShape);
  t.is((error as { correlationId?: string }).correlationId, sent);
  engine.assertDone();
});

test("a success answer that is not JSON is an engine error", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get("/ovirt-engine/api/clusters").reply(200, "<clusters/>", {
    "Correlation-Id": "xml-1",
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.get("/clusters"));

  t.like(error, { name: "EngineError", status: 200, reason: "Unreadable answer" });
  engine.assertDone();
});

test("the engine version is read from the API root once and cached", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope.get("/ovirt-engine/api").once().reply(200, apiRoot);
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const [first, second] = await Promise.all([client.engineVersion(), client.engineVersion()]);
  const third = await client.engineVersion();

  t.deepEqual(first, { major: 4, minor: 5, build: 6, full: "4.5.6-1.el9" });
  t.is(second, first);
  t.is(third, first);
  engine.assertDone();
});

test("a failed version read is not cached", async (t) => {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  engine.scope
    .get("/ovirt-engine/api")
    .reply(200, { product_info: {} })
    .get("/ovirt-engine/api")
    .reply(200, apiRoot);
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(client.engineVersion());

  t.like(error, {
    name: "EngineError",
    reason: "Unexpected answer",
    detail: "the API root holds no product_info.version",
  });
  t.is((await client.engineVersion()).minor, 5);
  engine.assertDone();
});

test("an injected fetch replaces node-fetch", async (t) => {
  const calls: string[] = [];
  const client = createEngineClient(
    { url: "https://injected.test", username: "admin@internal", password: "x-secret" },
    {
      fetch: async (url, init) => {
        calls.push(`${init.method} ${url}`);
        const body = url.endsWith("/token") ? '{"access_token":"t"}' : '{"id":"1"}';
        return { status: 200, headers: { get: () => null }, text: async () => body };
      },
    },
  );

  t.deepEqual(await client.get("/datacenters/1"), { id: "1" });
  t.deepEqual(calls, [
    "POST https://injected.test/ovirt-engine/sso/oauth/token",
    "GET https://injected.test/ovirt-engine/api/datacenters/1",
  ]);
});
