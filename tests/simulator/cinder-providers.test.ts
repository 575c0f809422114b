import test from "ava";
import { startSimulator } from "../../simulator/index";
import { addProvider, call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, {
  engineVersion: "4.4",
  reachableHosts: ["cinder.example.com"],
});

test("every Cinder call on engine 4.5 is 500 with the container's error page", async (t) => {
  const sim = await startSimulator({ engineVersion: "4.5" });
  t.teardown(() => sim.stop());
  for (const [method, path] of [
    ["GET", "/openstackvolumeproviders"],
    ["POST", "/openstackvolumeproviders"],
    ["GET", "/openstackvolumeproviders/00000000-0000-0000-0000-000000000000/volumetypes"],
  ] as const) {
    const answer = await call(sim, method, path, {
      body: method === "POST" ? { name: "c" } : undefined,
    });
    t.is(answer.status, 500);
    t.regex(answer.headers["content-type"] ?? "", /^text\/html/);
  }
});

test("a Cinder add without name names the Java class, as no model check exists", async (t) => {
  const answer = await call(simulator(), "POST", "/openstackvolumeproviders", {
    body: { url: "http://c:8776" },
  });
  t.is(answer.status, 400);
  t.deepEqual(answer.json(), {
    detail: "OpenStackVolumeProvider [name] required for add",
    reason: "Incomplete parameters",
  });
});

test("a Cinder add with an unknown data center is 404", async (t) => {
  const answer = await call(simulator(), "POST", "/openstackvolumeproviders", {
    body: { name: uniqueName("c"), url: "http://c404:8776", data_center: { name: "Nowhere" } },
  });
  t.is(answer.status, 404);
});

test("the data center is returned only with All-Content", async (t) => {
  const id = await addProvider(simulator(), "openstackvolumeproviders", {
    name: uniqueName("c"),
    url: "http://cdc:8776",
    data_center: { name: "Default" },
  });
  t.false(
    "data_center" in (await call(simulator(), "GET", `/openstackvolumeproviders/${id}`)).json(),
  );
  const full = await call(simulator(), "GET", `/openstackvolumeproviders/${id}`, {
    headers: { "All-Content": "true" },
  });
  t.is((full.json().data_center as { id: string }).id, simulator().inventory.dataCenters()[0]?.id);
});

test("a Cinder provider attached to a data center is removed only with force", async (t) => {
  const id = await addProvider(simulator(), "openstackvolumeproviders", {
    name: uniqueName("c"),
    url: "http://cforce:8776",
    data_center: { name: "Default" },
  });
  const refused = await call(simulator(), "DELETE", `/openstackvolumeproviders/${id}`);
  t.is(refused.status, 409);
  t.is(
    (await call(simulator(), "DELETE", `/openstackvolumeproviders/${id}?force=true`)).status,
    200,
  );
});

test("two Cinder providers may not share a URL", async (t) => {
  const url = `http://cinder-${uniqueName("same")}:8776`;
  await addProvider(simulator(), "openstackvolumeproviders", { name: uniqueName("c"), url });
  const answer = await call(simulator(), "POST", "/openstackvolumeproviders", {
    body: { name: uniqueName("c"), url },
  });
  t.is(answer.status, 500);
});
