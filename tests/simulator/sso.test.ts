import test from "ava";
import { call } from "./helpers/engine-call";
import { httpsRequest } from "./helpers/https-request";
import { useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { password: "s3cret-pass" });

function tokenRequest(form: Record<string, string>, accept = "application/json") {
  const sim = simulator();
  return httpsRequest(sim.engineUrl + "/sso/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body: new URLSearchParams(form).toString(),
    ca: sim.caCertificate,
  });
}

function withoutField(form: Record<string, string>, field: string): Record<string, string> {
  return Object.fromEntries(Object.entries(form).filter(([key]) => key !== field));
}

const LOGIN = {
  grant_type: "password",
  scope: "ovirt-app-api",
  username: "admin@internal",
  password: "s3cret-pass",
};

test("a password grant returns a bearer token with exp as a string of epoch milliseconds", async (t) => {
  const before = Date.now();
  const answer = await tokenRequest(LOGIN);
  t.is(answer.status, 200);
  const body = JSON.parse(answer.text) as Record<string, unknown>;
  t.deepEqual(Object.keys(body).sort(), ["access_token", "exp", "scope", "token_type"]);
  t.is(body.token_type, "bearer");
  t.is(typeof body.exp, "string");
  t.true(Number(body.exp) > before);
  t.true((body.scope as string).split(" ").includes("ovirt-app-api"));
});

test("the token authenticates API calls as a Bearer token", async (t) => {
  const token = JSON.parse((await tokenRequest(LOGIN)).text).access_token as string;
  const answer = await call(simulator(), "GET", "/externalhostproviders", { auth: { token } });
  t.is(answer.status, 200);
});

test("a wrong password is 400 access_denied with the keys swapped for the API scope", async (t) => {
  const answer = await tokenRequest({ ...LOGIN, password: "wrong" });
  t.is(answer.status, 400);
  const body = JSON.parse(answer.text) as Record<string, string>;
  t.is(body.error_code, "access_denied");
  t.regex(body.error as string, /^Cannot authenticate user 'admin@internal': /);
});

test("errors for other scopes use error and error_description", async (t) => {
  const answer = await tokenRequest({ ...LOGIN, scope: "ovirt-app-admin", password: "wrong" });
  t.is(answer.status, 400);
  const body = JSON.parse(answer.text) as Record<string, string>;
  t.is(body.error, "access_denied");
  t.truthy(body.error_description);
});

test("an Accept header other than application/json is refused", async (t) => {
  const answer = await tokenRequest(LOGIN, "application/json, text/plain");
  t.is(answer.status, 400);
  t.deepEqual(JSON.parse(answer.text), {
    error_code: "invalid_request",
    error: "Missing parameter: 'Accept Header'",
  });
});

test("a missing grant_type is an unsupported grant type", async (t) => {
  const form = withoutField(LOGIN, "grant_type");
  const answer = await tokenRequest(form);
  t.is(answer.status, 400);
  t.is(JSON.parse(answer.text).error_code, "unsupported_grant_type");
});

test("a missing username names the parameter", async (t) => {
  const form = withoutField(LOGIN, "username");
  const answer = await tokenRequest(form);
  t.is(JSON.parse(answer.text).error, "Missing parameter: 'username'");
});

test("a token issued without the ovirt-app-api scope is refused by the API", async (t) => {
  const form = withoutField(LOGIN, "scope");
  const token = JSON.parse((await tokenRequest(form)).text).access_token as string;
  const answer = await call(simulator(), "GET", "/externalhostproviders", { auth: { token } });
  t.is(answer.status, 401);
});

test("logout revokes the token and answers an empty JSON object", async (t) => {
  const sim = simulator();
  const token = JSON.parse((await tokenRequest(LOGIN)).text).access_token as string;
  const logout = await httpsRequest(sim.engineUrl + "/services/sso-logout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, scope: "ovirt-app-api" }).toString(),
    ca: sim.caCertificate,
  });
  t.is(logout.status, 200);
  t.deepEqual(JSON.parse(logout.text), {});
  const answer = await call(sim, "GET", "/externalhostproviders", { auth: { token } });
  t.is(answer.status, 401);
});

test("the engine CA is served as PEM without authentication", async (t) => {
  const sim = simulator();
  const answer = await httpsRequest(
    `${sim.engineUrl}/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA`,
    { ca: sim.caCertificate },
  );
  t.is(answer.status, 200);
  t.is(answer.text, sim.caCertificate);
});
