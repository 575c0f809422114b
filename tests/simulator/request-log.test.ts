import test from "ava";
import { SimulatorRequestLog, apiRelativePath } from "../../simulator/request-log";
import { call } from "./helpers/engine-call";
import { useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test);

test("every request is logged with method, path, status and correlation id", async (t) => {
  const sim = simulator();
  await call(sim, "GET", "/openstackimageproviders?max=1", {
    headers: { "Correlation-Id": "log-1" },
  });
  const entry = sim.requests.entries().find((candidate) => candidate.correlationId === "log-1");
  t.like(entry, {
    method: "GET",
    path: "/ovirt-engine/api/openstackimageproviders",
    apiPath: "/openstackimageproviders",
    query: { max: "1" },
    status: 200,
  });
  t.is(typeof entry?.startedAt, "number");
});

test("counters count per method and path, full or API-relative, /v4 included", async (t) => {
  const sim = simulator();
  await call(sim, "GET", "/openstacknetworkproviders");
  await call(sim, "GET", "/v4/openstacknetworkproviders");
  await call(sim, "POST", "/openstacknetworkproviders", { body: {} });
  t.is(sim.requests.count("GET", "/openstacknetworkproviders"), 2);
  t.is(sim.requests.count("get", "/ovirt-engine/api/openstacknetworkproviders"), 2);
  t.is(sim.requests.count("POST", "/openstacknetworkproviders"), 1);
  t.is(sim.requests.counters()["GET /openstacknetworkproviders"], 2);
});

test("SSO requests are logged under their full path", async (t) => {
  const log = new SimulatorRequestLog();
  const entry = log.start("POST", "/ovirt-engine/sso/oauth/token", {});
  log.finish(entry, 400);
  t.deepEqual(log.counters(), { "POST /ovirt-engine/sso/oauth/token": 1 });
  log.clear();
  t.is(log.count(), 0);
});

test("API-relative paths drop the root, /v4 and trailing slashes", (t) => {
  t.is(apiRelativePath("/ovirt-engine/api"), "/");
  t.is(apiRelativePath("/ovirt-engine/api/v4/externalhostproviders/"), "/externalhostproviders");
  t.is(apiRelativePath("/ovirt-engine/sso/oauth/token"), undefined);
});
