import test from "ava";
import { startSimulator } from "../../simulator/index";
import { addProvider, call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test);

test("add answers 201 with the full entity and an absolute Location", async (t) => {
  const sim = simulator();
  const name = uniqueName("foreman");
  const answer = await call(sim, "POST", "/externalhostproviders", {
    body: {
      name,
      url: "https://foreman.example.com",
      requires_authentication: "true",
      username: "admin",
      password: "pw",
    },
  });
  t.is(answer.status, 201);
  const entity = answer.json();
  t.like(entity, {
    name,
    description: "",
    url: "https://foreman.example.com",
    requires_authentication: "true",
    username: "admin",
  });
  t.false("password" in entity);
  t.is(answer.headers.location, `${sim.apiUrl}/externalhostproviders/${entity.id as string}`);
  t.is(entity.href, `/ovirt-engine/api/externalhostproviders/${entity.id as string}`);
  t.deepEqual((entity.link as Array<{ rel: string }>).map((link) => link.rel).sort(), [
    "certificates",
    "computeresources",
    "discoveredhosts",
    "hostgroups",
    "hosts",
  ]);
  t.deepEqual(
    (entity.actions as { link: Array<{ rel: string }> }).link.map((link) => link.rel).sort(),
    ["importcertificates", "testconnectivity"],
  );
});

test("get answers the entity the add created", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "openstackimageproviders", {
    name: uniqueName("glance"),
    url: "http://glance-get:9292",
  });
  const answer = await call(sim, "GET", `/openstackimageproviders/${id}`);
  t.is(answer.status, 200);
  t.like(answer.json(), { id, url: "http://glance-get:9292", requires_authentication: "false" });
});

test("an unknown or malformed id is 404 with an empty body", async (t) => {
  for (const id of ["00000000-0000-0000-0000-00000000dead", "not-a-uuid"]) {
    const answer = await call(simulator(), "GET", `/openstacknetworkproviders/${id}`);
    t.is(answer.status, 404);
    t.is(answer.text, "");
  }
});

test("a list wraps entities in the singular tag and is {} when empty", async (t) => {
  const sim = await startSimulator({ engineVersion: "4.4" });
  t.teardown(() => sim.stop());
  t.is((await call(sim, "GET", "/openstackvolumeproviders")).text, "{ }");
  const id = await addProvider(sim, "openstackvolumeproviders", {
    name: "cinder-listed",
    url: "http://cinder:8776",
  });
  const list = (await call(sim, "GET", "/openstackvolumeproviders")).json();
  t.deepEqual(Object.keys(list), ["openstack_volume_provider"]);
  t.is((list.openstack_volume_provider as Array<{ id: string }>)[0]?.id, id);
});

test("search by name finds only matching providers, with wildcards, case-sensitive by default", async (t) => {
  const sim = simulator();
  const name = uniqueName("Searched");
  await addProvider(sim, "externalhostproviders", { name, url: "https://f.example.com" });
  const names = async (query: string) => {
    const list = (await call(sim, "GET", `/externalhostproviders?${query}`)).json();
    return ((list.external_host_provider ?? []) as Array<{ name: string }>).map((p) => p.name);
  };
  t.deepEqual(await names(`search=${encodeURIComponent(`name=${name}`)}`), [name]);
  t.deepEqual(await names(`search=${encodeURIComponent(`name="${name.slice(0, 8)}*"`)}`), [name]);
  t.deepEqual(await names(`search=${encodeURIComponent(`name=${name.toLowerCase()}`)}`), []);
  t.deepEqual(
    await names(`case_sensitive=false&search=${encodeURIComponent(`name=${name.toLowerCase()}`)}`),
    [name],
  );
});

test("network providers list Neutron before external ones and read back the backend defaults", async (t) => {
  const sim = await startSimulator();
  t.teardown(() => sim.stop());
  await addProvider(sim, "openstacknetworkproviders", {
    name: "ovn",
    type: "external",
    url: "https://ovn:9696",
  });
  await addProvider(sim, "openstacknetworkproviders", {
    name: "neutron",
    type: "neutron",
    url: "http://neutron:9696",
    plugin_type: "open_vswitch",
  });
  const list = (await call(sim, "GET", "/openstacknetworkproviders")).json();
  const items = list.openstack_network_provider as Array<Record<string, unknown>>;
  t.deepEqual(
    items.map((item) => item.name),
    ["neutron", "ovn"],
  );
  t.like(items[0], {
    type: "neutron",
    plugin_type: "open_vswitch",
    external_plugin_type: "OPEN_VSWITCH",
    read_only: "true",
    auto_sync: "false",
    unmanaged: "false",
  });
  t.like(items[1], { type: "external", read_only: "true", auto_sync: "false", unmanaged: "false" });
  t.false("plugin_type" in (items[1] as object));
});

test("max applies to each backend type of the network collection", async (t) => {
  const sim = await startSimulator();
  t.teardown(() => sim.stop());
  for (const name of ["ext-a", "ext-b"]) {
    await addProvider(sim, "openstacknetworkproviders", {
      name,
      type: "external",
      url: "https://x:9696",
    });
  }
  await addProvider(sim, "openstacknetworkproviders", {
    name: "neu-a",
    type: "neutron",
    url: "http://n:9696",
    external_plugin_type: "OPEN_VSWITCH",
  });
  const list = (await call(sim, "GET", "/openstacknetworkproviders?max=1")).json();
  t.deepEqual(
    (list.openstack_network_provider as Array<{ name: string }>).map((p) => p.name),
    ["neu-a", "ext-a"],
  );
});

test("a deprecated plugin_type counts only with type=neutron in the same request", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "openstacknetworkproviders", {
    name: uniqueName("ext"),
    type: "external",
    url: "https://e:9696",
    plugin_type: "open_vswitch",
  });
  const entity = (await call(sim, "GET", `/openstacknetworkproviders/${id}`)).json();
  t.false("external_plugin_type" in entity);
});

test("update merges only the members sent and keeps the password", async (t) => {
  const sim = simulator();
  const name = uniqueName("merge");
  const id = await addProvider(sim, "externalhostproviders", {
    name,
    url: "https://a.example.com",
    requires_authentication: true,
    username: "u",
    password: "kept-secret",
    description: "first",
  });
  const answer = await call(sim, "PUT", `/externalhostproviders/${id}`, {
    body: { description: "second" },
  });
  t.is(answer.status, 200);
  t.like(answer.json(), {
    name,
    description: "second",
    url: "https://a.example.com",
    username: "u",
  });
  t.is(sim.inventory.provider(id)?.password, "kept-secret");
});

test("a Glance update without tenant_name clears the stored tenant", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "openstackimageproviders", {
    name: uniqueName("glance"),
    url: "http://glance-tenant:9292",
    tenant_name: "admin",
  });
  const answer = await call(sim, "PUT", `/openstackimageproviders/${id}`, {
    body: { description: "d" },
  });
  t.false("tenant_name" in answer.json());
});

test("a network provider update without tenant_name keeps it", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "openstacknetworkproviders", {
    name: uniqueName("ovn"),
    type: "external",
    url: "https://o:9696",
    tenant_name: "t1",
  });
  const answer = await call(sim, "PUT", `/openstacknetworkproviders/${id}`, {
    body: { description: "d" },
  });
  t.is(answer.json().tenant_name, "t1");
});

test("an update with a different id in the body is 409 broken immutability", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "externalhostproviders", {
    name: uniqueName("imm"),
    url: "https://i.example.com",
  });
  const answer = await call(sim, "PUT", `/externalhostproviders/${id}`, {
    body: { id: "00000000-0000-0000-0000-000000000001" },
  });
  t.is(answer.status, 409);
  t.deepEqual(answer.json(), {
    detail: "Attempt to set immutable field: id",
    reason: "Broken immutability constraint",
  });
});

test("remove answers 200 with a complete action, then the provider is gone", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "externalhostproviders", {
    name: uniqueName("gone"),
    url: "https://g.example.com",
  });
  const answer = await call(sim, "DELETE", `/externalhostproviders/${id}`);
  t.is(answer.status, 200);
  t.deepEqual(answer.json(), { status: "complete" });
  t.is((await call(sim, "GET", `/externalhostproviders/${id}`)).status, 404);
  t.is((await call(sim, "DELETE", `/externalhostproviders/${id}`)).status, 404);
});

test("an asynchronous remove answers 202 with an empty body", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "externalhostproviders", {
    name: uniqueName("async"),
    url: "https://a.example.com",
  });
  const answer = await call(sim, "DELETE", `/externalhostproviders/${id}?async=true`);
  t.is(answer.status, 202);
  t.is(answer.text, "");
});

test("the image collection renders a provider of another type, as the engine does", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "externalhostproviders", {
    name: uniqueName("cross"),
    url: "https://c.example.com",
  });
  const answer = await call(sim, "GET", `/openstackimageproviders/${id}`);
  t.is(answer.status, 200);
  t.is(answer.json().href, `/ovirt-engine/api/openstackimageproviders/${id}`);
});

test("the network collection answers 500 for a provider that is not a network provider", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "externalhostproviders", {
    name: uniqueName("cross"),
    url: "https://c.example.com",
  });
  const answer = await call(sim, "GET", `/openstacknetworkproviders/${id}`);
  t.is(answer.status, 500);
  t.is(answer.json().reason, "Operation Failed");
});

test("the Foreman mapper ignores the auth URL and custom properties", async (t) => {
  const sim = simulator();
  const answer = await call(sim, "POST", "/externalhostproviders", {
    body: {
      name: uniqueName("fm"),
      url: "https://f.example.com",
      authentication_url: "bad",
      properties: { property: [{ name: "a", value: "b" }] },
    },
  });
  t.is(answer.status, 201);
  t.false("authentication_url" in answer.json());
  t.false("properties" in answer.json());
});

test("custom properties round-trip and an update with properties replaces the whole map", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "openstackimageproviders", {
    name: uniqueName("props"),
    url: "http://glance-props:9292",
    properties: {
      property: [
        { name: "a", value: "1" },
        { name: "b", value: "2" },
      ],
    },
  });
  t.deepEqual((await call(sim, "GET", `/openstackimageproviders/${id}`)).json().properties, {
    property: [
      { name: "a", value: "1" },
      { name: "b", value: "2" },
    ],
  });
  const updated = await call(sim, "PUT", `/openstackimageproviders/${id}`, {
    body: { properties: { property: [{ name: "c", value: "3" }] } },
  });
  t.deepEqual(updated.json().properties, { property: [{ name: "c", value: "3" }] });
});

test("booleans are accepted as JSON literals, any-case strings and 0/1", async (t) => {
  const sim = simulator();
  for (const [sent, expected] of [
    [false, "false"],
    ["TRUE", "true"],
    ["0", "false"],
    ["1", "true"],
  ] as const) {
    const id = await addProvider(sim, "openstacknetworkproviders", {
      name: uniqueName("bool"),
      type: "external",
      url: "https://b:9696",
      read_only: sent,
    });
    t.is((await call(sim, "GET", `/openstacknetworkproviders/${id}`)).json().read_only, expected);
  }
});

test("malformed JSON, unknown members, bad booleans and bad enums are syntactically incorrect", async (t) => {
  const sim = simulator();
  const bodies: unknown[] = [
    "{not json",
    "[]",
    { name: uniqueName("x"), url: "https://x", bogus: "1" },
    { name: uniqueName("x"), type: "external", url: "https://x", read_only: "yes" },
    { name: uniqueName("x"), type: "ovn", url: "https://x" },
    { openstack_network_provider: { name: uniqueName("x"), type: "external" } },
  ];
  for (const body of bodies) {
    const answer = await call(sim, "POST", "/openstacknetworkproviders", { body });
    t.is(answer.status, 400);
    t.deepEqual(answer.json(), {
      detail: `For correct usage, see: ${sim.engineUrl}/apidoc#services/openstack_network_providers/methods/add`,
      reason: "Request syntactically incorrect.",
    });
  }
});
