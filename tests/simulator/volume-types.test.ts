import test from "ava";
import { addProvider, call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, {
  engineVersion: "4.4",
  reachableHosts: ["cinder.example.com"],
});

async function cinder(): Promise<string> {
  return addProvider(simulator(), "openstackvolumeproviders", {
    name: uniqueName("cinder"),
    url: `http://cinder.example.com:8776/${uniqueName("p")}`,
  });
}

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
