import test from "ava";
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
