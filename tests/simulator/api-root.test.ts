import test from "ava";
import { startSimulator } from "../../simulator/index";
import { call } from "./helpers/engine-call";

const EXPECTED = [
  ["4.3", "4", "3", "4.3.11.4-1.el7"],
  ["4.4", "4", "4", "4.4.10.7-1.el8"],
  ["4.5", "4", "5", "4.5.7-1.el9"],
] as const;

for (const [engineVersion, major, minor, full] of EXPECTED) {
  test(`the API root reports product_info for engine ${engineVersion}`, async (t) => {
    const simulator = await startSimulator({ engineVersion });
    t.teardown(() => simulator.stop());
    const root = (await call(simulator, "GET", "")).json();
    const productInfo = root.product_info as Record<string, Record<string, string>>;
    t.is(productInfo.name as unknown as string, "oVirt Engine");
    t.like(productInfo.version, { major, minor, full_version: full });
  });
}

test("the API root links the provider collections without search links", async (t) => {
  const simulator = await startSimulator();
  t.teardown(() => simulator.stop());
  const root = (await call(simulator, "GET", "")).json();
  const rels = (root.link as Array<{ rel: string; href: string }>).map((link) => link.rel);
  for (const rel of ["externalhostproviders", "openstacknetworkproviders", "externalvmimports"]) {
    t.true(rels.includes(rel), rel);
  }
  t.false(rels.includes("openstacknetworkproviders/search"));
});

test("hrefs carry /v4 when the version is in the path", async (t) => {
  const simulator = await startSimulator();
  t.teardown(() => simulator.stop());
  const answer = await call(simulator, "POST", "/v4/externalhostproviders", {
    body: { name: "foreman-v4", url: "https://foreman.example.com" },
  });
  t.is(answer.status, 201);
  t.regex(answer.json().href as string, /^\/ovirt-engine\/api\/v4\/externalhostproviders\//);
});

test("a Version header other than 4 is 400 with an HTML page", async (t) => {
  const simulator = await startSimulator();
  t.teardown(() => simulator.stop());
  const answer = await call(simulator, "GET", "", { headers: { Version: "3" } });
  t.is(answer.status, 400);
  t.regex(answer.headers["content-type"] ?? "", /^text\/html/);
});

test("the Correlation-Id header is cleaned, cut to 36 characters and echoed", async (t) => {
  const simulator = await startSimulator();
  t.teardown(() => simulator.stop());
  const sent = "abc.def/ghi-" + "x".repeat(40);
  const answer = await call(simulator, "GET", "", { headers: { "Correlation-Id": sent } });
  t.is(answer.headers["correlation-id"], ("abcdefghi-" + "x".repeat(40)).slice(0, 36));
});

test("a Correlation-Id is generated when the client sends none", async (t) => {
  const simulator = await startSimulator();
  t.teardown(() => simulator.stop());
  const answer = await call(simulator, "GET", "");
  t.regex(answer.headers["correlation-id"] as string, /^[0-9a-f-]{36}$/);
});
