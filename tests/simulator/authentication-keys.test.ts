import test from "ava";
import { startSimulator } from "../../simulator/index";
import { addProvider, call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, {
  engineVersion: "4.4",
  reachableHosts: ["cinder.example.com"],
});

const KEY = {
  uuid: "b0c4a2f2-1b7c-4d0e-9a1b-3c6d8e2f4a10",
  value: "QVFDa2V5PT0=",
  usage_type: "ceph",
  description: "ceph key",
};

async function cinder(): Promise<string> {
  return addProvider(simulator(), "openstackvolumeproviders", {
    name: uniqueName("cinder"),
    url: `http://cinder.example.com:8776/${uniqueName("p")}`,
  });
}

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

test("volume types come from the provider, with properties and a provider link", async (t) => {
  const id = await cinder();
  const list = (
    await call(simulator(), "GET", `/openstackvolumeproviders/${id}/volumetypes`)
  ).json();
  const types = list.open_stack_volume_type as Array<Record<string, unknown>>;
  t.is(types.length, 1);
  t.like(types[0], { name: "ceph", openstack_volume_provider: { id } });
  const one = await call(
    simulator(),
    "GET",
    `/openstackvolumeproviders/${id}/volumetypes/${types[0]?.id as string}`,
  );
  t.deepEqual(one.json(), types[0]);
});

test("volume types of an unreachable provider fail like its test", async (t) => {
  const id = await addProvider(simulator(), "openstackvolumeproviders", {
    name: uniqueName("c"),
    url: "http://cinder.invalid:8776",
  });
  const answer = await call(simulator(), "GET", `/openstackvolumeproviders/${id}/volumetypes`);
  t.is(answer.status, 400);
});

test("an authentication key is added, listed without its value, updated and removed", async (t) => {
  const id = await cinder();
  const key = { ...KEY, uuid: crypto.randomUUID() };
  const added = await call(
    simulator(),
    "POST",
    `/openstackvolumeproviders/${id}/authenticationkeys`,
    { body: key },
  );
  t.is(added.status, 201);
  const entity = added.json();
  t.like(entity, { uuid: key.uuid, id: key.uuid, usage_type: "ceph", description: "ceph key" });
  t.is(typeof entity.creation_date, "number");
  t.false("value" in entity);
  const list = (
    await call(simulator(), "GET", `/openstackvolumeproviders/${id}/authenticationkeys`)
  ).json();
  t.deepEqual(list.openstack_volume_authentication_key, [entity]);
  const updated = await call(
    simulator(),
    "PUT",
    `/openstackvolumeproviders/${id}/authenticationkeys/${key.uuid}`,
    { body: { description: "new" } },
  );
  t.is(updated.json().description, "new");
  t.is(
    (
      await call(
        simulator(),
        "DELETE",
        `/openstackvolumeproviders/${id}/authenticationkeys/${key.uuid}`,
      )
    ).status,
    200,
  );
  t.is(
    (
      await call(
        simulator(),
        "GET",
        `/openstackvolumeproviders/${id}/authenticationkeys/${key.uuid}`,
      )
    ).status,
    404,
  );
});

test("a key needs usage type, uuid and value, in that order", async (t) => {
  const id = await cinder();
  for (const [missing, parameter] of [
    ["usage_type", "key.usage_type"],
    ["uuid", "key.uuid"],
    ["value", "key.value"],
  ]) {
    const body = Object.fromEntries(Object.entries(KEY).filter(([field]) => field !== missing));
    const answer = await call(
      simulator(),
      "POST",
      `/openstackvolumeproviders/${id}/authenticationkeys`,
      { body },
    );
    t.deepEqual(answer.json(), {
      detail: `Parameter '${parameter}' is mandatory but was not provided.`,
      reason: "Input validation failed.",
    });
  }
});

test("a key value must be non-empty base64 and a uuid unique across providers", async (t) => {
  const first = await cinder();
  const second = await cinder();
  const uuid = crypto.randomUUID();
  for (const value of ["", "not base64!"]) {
    const answer = await call(
      simulator(),
      "POST",
      `/openstackvolumeproviders/${first}/authenticationkeys`,
      { body: { ...KEY, uuid, value } },
    );
    t.is(answer.status, 400);
  }
  await call(simulator(), "POST", `/openstackvolumeproviders/${first}/authenticationkeys`, {
    body: { ...KEY, uuid },
  });
  const clash = await call(
    simulator(),
    "POST",
    `/openstackvolumeproviders/${second}/authenticationkeys`,
    { body: { ...KEY, uuid } },
  );
  t.is(clash.status, 409);
});

test("removing a Cinder provider removes its keys", async (t) => {
  const id = await cinder();
  const uuid = crypto.randomUUID();
  await call(simulator(), "POST", `/openstackvolumeproviders/${id}/authenticationkeys`, {
    body: { ...KEY, uuid },
  });
  await call(simulator(), "DELETE", `/openstackvolumeproviders/${id}`);
  t.false(
    simulator()
      .inventory.authenticationKeys()
      .some((key) => key.uuid === uuid),
  );
});
