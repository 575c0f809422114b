import test from "ava";
import { call } from "./helpers/engine-call";
import { useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test);

test("a request without credentials is 401 with the engine's challenge and no JSON", async (t) => {
  const answer = await call(simulator(), "GET", "/openstacknetworkproviders", { auth: "none" });
  t.is(answer.status, 401);
  t.is(answer.headers["www-authenticate"], 'Basic realm="RESTAPI"');
  t.regex(answer.headers["content-type"] ?? "", /^text\/html/);
  t.throws(() => answer.json());
});

test("Basic credentials are accepted", async (t) => {
  const answer = await call(simulator(), "GET", "/openstacknetworkproviders");
  t.is(answer.status, 200);
});

test("a wrong Basic password is 401", async (t) => {
  const wrong = Buffer.from("admin@internal:nope").toString("base64");
  const answer = await call(simulator(), "GET", "/", {
    auth: "none",
    headers: { Authorization: `Basic ${wrong}` },
  });
  t.is(answer.status, 401);
});

test("an unknown Bearer token is 401", async (t) => {
  const answer = await call(simulator(), "GET", "/", { auth: { token: "not-a-token" } });
  t.is(answer.status, 401);
});

test("persistent-auth opens a session whose cookie alone authenticates later requests", async (t) => {
  const sim = simulator();
  const first = await call(sim, "GET", "/", { headers: { Prefer: "persistent-auth" } });
  const cookie = (first.headers["set-cookie"]?.[0] ?? "").split(";")[0] as string;
  t.regex(cookie, /^JSESSIONID=/);
  const again = await call(sim, "GET", "/", {
    auth: "none",
    headers: { Cookie: cookie, Prefer: "persistent-auth" },
  });
  t.is(again.status, 200);
  const withoutPrefer = await call(sim, "GET", "/", { auth: "none", headers: { Cookie: cookie } });
  t.is(withoutPrefer.status, 401);
});

test.serial("expiring tokens makes the next call with them 401", async (t) => {
  const sim = simulator();
  const first = await call(sim, "GET", "/", { headers: { Prefer: "persistent-auth" } });
  const cookie = (first.headers["set-cookie"]?.[0] ?? "").split(";")[0] as string;
  sim.faults.expireTokens();
  const again = await call(sim, "GET", "/", {
    auth: "none",
    headers: { Cookie: cookie, Prefer: "persistent-auth" },
  });
  t.is(again.status, 401);
});
