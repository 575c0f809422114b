import test from "ava";
import { addProvider, call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test);

const NEUTRON_PREFIX = "Openstack Neutron provider requires";

async function refusal(collection: string, body: unknown, method = "POST", id = "") {
  const path = id === "" ? `/${collection}` : `/${collection}/${id}`;
  const answer = await call(simulator(), method, path, { body });
  return { status: answer.status, body: answer.text === "" ? {} : answer.json() };
}

function operationFailed(status: number, ...messages: string[]) {
  return { status, body: { detail: `[${messages.join(", ")}]`, reason: "Operation Failed" } };
}

test("a missing name fails the model's input validation", async (t) => {
  t.deepEqual(await refusal("openstackimageproviders", { url: "http://g:9292" }), {
    status: 400,
    body: {
      detail: "Parameter 'provider.name' is mandatory but was not provided.",
      reason: "Input validation failed.",
    },
  });
});

test("a missing body fails the model's input validation", async (t) => {
  const answer = await call(simulator(), "POST", "/externalhostproviders");
  t.is(answer.status, 400);
  t.is(answer.json().detail, "Parameter 'provider' is mandatory but was not provided.");
});

test("a name outside [0-9a-zA-Z_-] is refused", async (t) => {
  for (const name of ["with space", "dot.ted", ""]) {
    t.deepEqual(
      await refusal("externalhostproviders", { name, url: "https://f" }),
      operationFailed(400, 'Name must be formed of alphanumeric characters, numbers or "-_".'),
    );
  }
});

test("a name longer than the 128-character column fails while executing", async (t) => {
  t.deepEqual(
    await refusal("externalhostproviders", { name: "n".repeat(129), url: "https://f" }),
    operationFailed(400, "Internal Engine Error"),
  );
  const ok = await call(simulator(), "POST", "/externalhostproviders", {
    body: { name: `${"m".repeat(120)}${process.pid % 100000000}`.slice(0, 128), url: "https://f" },
  });
  t.is(ok.status, 201);
});

test("names are unique across all provider types, exactly as written", async (t) => {
  const name = uniqueName("shared");
  await addProvider(simulator(), "externalhostproviders", { name, url: "https://f" });
  t.deepEqual(
    await refusal("openstacknetworkproviders", { name, type: "external", url: "https://o:9696" }),
    operationFailed(
      409,
      "Cannot add provider. The provider name is already in use, please choose a unique name and try again.",
    ),
  );
  const otherCase = await call(simulator(), "POST", "/openstackimageproviders", {
    body: { name: name.toUpperCase(), url: "http://unique-case:9292" },
  });
  t.is(otherCase.status, 201);
});

test("a network provider without type is refused: the type is required", async (t) => {
  t.deepEqual(
    await refusal("openstacknetworkproviders", {
      name: uniqueName("notype"),
      url: "https://o:9696",
    }),
    operationFailed(400, "Provider type is required."),
  );
});

test("bean violations are reported together", async (t) => {
  t.deepEqual(
    await refusal("openstacknetworkproviders", { name: "bad name", url: "https://o:9696" }),
    operationFailed(
      400,
      'Name must be formed of alphanumeric characters, numbers or "-_".',
      "Provider type is required.",
    ),
  );
});

test("an authentication URL without port or with another path is refused", async (t) => {
  for (const url of ["http://keystone/v3", "http://keystone:5000/v2", "ftp://keystone:5000/v3"]) {
    t.deepEqual(
      await refusal("openstackimageproviders", {
        name: uniqueName("auth"),
        url: "http://g:9292",
        authentication_url: url,
      }),
      operationFailed(
        400,
        `Cannot add provider. The Provider has an invalid authentication URL ${url}. The authentication URL must have the following format: "https://hostname:port/v3" or "http://hostname:port/v3".`,
      ),
    );
  }
});

test("valid authentication URLs are accepted with and without a trailing slash", async (t) => {
  for (const url of ["https://keystone:35357/v2.0/", "http://keystone:5000/v3"]) {
    const answer = await call(simulator(), "POST", "/openstackimageproviders", {
      body: {
        name: uniqueName("auth"),
        url: `http://ok-${url.length}-${url.endsWith("/")}:9292`,
        authentication_url: url,
      },
    });
    t.is(answer.status, 201, answer.text);
  }
});

test("a password longer than 200 characters is refused on add and on update", async (t) => {
  const expected = (action: string) =>
    operationFailed(400, `Cannot ${action} provider. The password must not exceed 200 characters.`);
  const name = uniqueName("pw");
  t.deepEqual(
    await refusal("externalhostproviders", { name, url: "https://f", password: "p".repeat(201) }),
    expected("add"),
  );
  const id = await addProvider(simulator(), "externalhostproviders", {
    name,
    url: "https://f",
    password: "p".repeat(200),
  });
  t.deepEqual(
    await refusal("externalhostproviders", { password: "p".repeat(201) }, "PUT", id),
    expected("edit"),
  );
});

test("Neutron requires a plugin type, then credentials in order when authenticating", async (t) => {
  const base = { type: "neutron", url: "http://neutron:9696" };
  const auth = {
    requires_authentication: "true",
    username: "u",
    password: "p",
    authentication_url: "http://keystone:35357/v2.0",
    tenant_name: "services",
  };
  const cases: Array<[Record<string, unknown>, string]> = [
    [{}, `${NEUTRON_PREFIX} a plugin type.`],
    [{ plugin_type: "open_vswitch", ...auth, username: "" }, `${NEUTRON_PREFIX} a user name.`],
    [
      { plugin_type: "open_vswitch", ...auth, password: undefined },
      `${NEUTRON_PREFIX} a password.`,
    ],
    [
      { external_plugin_type: "X", ...auth, authentication_url: undefined },
      `${NEUTRON_PREFIX} an authentication url.`,
    ],
    [
      { external_plugin_type: "X", ...auth, tenant_name: undefined },
      `${NEUTRON_PREFIX} a tenant name or a user domain name.`,
    ],
  ];
  for (const [extra, message] of cases) {
    t.deepEqual(
      await refusal("openstacknetworkproviders", {
        name: uniqueName("neutron"),
        ...base,
        ...extra,
      }),
      operationFailed(400, message),
    );
  }
  const withDomain = await call(simulator(), "POST", "/openstacknetworkproviders", {
    body: {
      name: uniqueName("neutron"),
      ...base,
      external_plugin_type: "X",
      ...auth,
      tenant_name: undefined,
      user_domain_name: "Default",
    },
  });
  t.is(withDomain.status, 201);
});

test("Neutron checks are not repeated on update", async (t) => {
  const id = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("neutron"),
    type: "neutron",
    url: "http://neutron:9696",
    external_plugin_type: "OPEN_VSWITCH",
  });
  const answer = await call(simulator(), "PUT", `/openstacknetworkproviders/${id}`, {
    body: { requires_authentication: "true", external_plugin_type: "" },
  });
  t.is(answer.status, 200);
});

test("external network providers get only the generic checks", async (t) => {
  const answer = await call(simulator(), "POST", "/openstacknetworkproviders", {
    body: {
      name: uniqueName("ext"),
      type: "external",
      url: "https://o:9696",
      requires_authentication: "true",
    },
  });
  t.is(answer.status, 201);
});

test("two Glance providers may not share URL and tenant, unauthenticated ones included", async (t) => {
  const url = `http://glance-${uniqueName("u")}:9292`;
  await addProvider(simulator(), "openstackimageproviders", { name: uniqueName("g"), url });
  t.deepEqual(
    await refusal("openstackimageproviders", { name: uniqueName("g"), url }),
    operationFailed(
      400,
      "Cannot add provider. A provider with the same provider URL and tenant already exists.",
    ),
  );
  const otherTenant = await call(simulator(), "POST", "/openstackimageproviders", {
    body: { name: uniqueName("g"), url, tenant_name: "other" },
  });
  t.is(otherTenant.status, 201);
  const otherSlash = await call(simulator(), "POST", "/openstackimageproviders", {
    body: { name: uniqueName("g"), url: `${url}/` },
  });
  t.is(otherSlash.status, 201);
});

test("with a v3 auth URL Glance uniqueness compares URL, project and domain", async (t) => {
  const url = `http://glance-${uniqueName("v3")}:9292`;
  const v3 = { url, authentication_url: "http://keystone:5000/v3" };
  await addProvider(simulator(), "openstackimageproviders", {
    name: uniqueName("g"),
    ...v3,
    tenant_name: "a",
  });
  t.deepEqual(
    await refusal("openstackimageproviders", { name: uniqueName("g"), ...v3, tenant_name: "b" }),
    operationFailed(
      400,
      "Cannot add provider. A provider with the same provider URL, project name and project domain name already exists.",
    ),
  );
});

test("the type of a provider cannot change on update", async (t) => {
  const id = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("t"),
    type: "external",
    url: "https://o:9696",
  });
  t.deepEqual(
    await refusal("openstacknetworkproviders", { type: "neutron" }, "PUT", id),
    operationFailed(400, "Cannot edit provider. The provider type cannot be changed."),
  );
  const foreman = await addProvider(simulator(), "externalhostproviders", {
    name: uniqueName("t"),
    url: "https://f",
  });
  t.deepEqual(
    await refusal("openstackimageproviders", { description: "x" }, "PUT", foreman),
    operationFailed(400, "Cannot edit provider. The provider type cannot be changed."),
  );
});

test("renaming to a name in use is 409, keeping one's own name is not", async (t) => {
  const taken = uniqueName("taken");
  await addProvider(simulator(), "externalhostproviders", { name: taken, url: "https://f" });
  const own = uniqueName("own");
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: own,
    url: "https://f",
  });
  t.deepEqual(
    await refusal("externalhostproviders", { name: taken }, "PUT", id),
    operationFailed(
      409,
      "Cannot edit provider. The provider name is already in use, please choose a unique name and try again.",
    ),
  );
  t.is(
    (await call(simulator(), "PUT", `/externalhostproviders/${id}`, { body: { name: own } }))
      .status,
    200,
  );
});

test("a URL java.net.URL cannot parse is a general validation failure for Foreman and network providers", async (t) => {
  for (const [collection, extra] of [
    ["externalhostproviders", {}],
    ["openstacknetworkproviders", { type: "external" }],
  ] as const) {
    for (const url of ["foreman.example.com", undefined]) {
      t.deepEqual(
        await refusal(collection, { name: uniqueName("url"), url, ...extra }),
        operationFailed(500, "General command validation failure."),
      );
    }
  }
});

test("an unmanaged external provider and a Glance provider need no URL", async (t) => {
  const unmanaged = await call(simulator(), "POST", "/openstacknetworkproviders", {
    body: { name: uniqueName("unmanaged"), type: "external", unmanaged: "true" },
  });
  t.is(unmanaged.status, 201);
  const glance = await call(simulator(), "POST", "/openstackimageproviders", {
    body: { name: uniqueName("nourl"), tenant_name: `t-${uniqueName("t")}` },
  });
  t.is(glance.status, 201);
});

test("a provider that is a cluster's default network provider cannot be removed", async (t) => {
  const sim = simulator();
  const id = await addProvider(sim, "openstacknetworkproviders", {
    name: uniqueName("default"),
    type: "external",
    url: "https://o:9696",
  });
  sim.inventory.setClusterDefaultNetworkProvider("Default", id);
  t.deepEqual(
    await refusal("openstacknetworkproviders", undefined, "DELETE", id),
    operationFailed(
      409,
      "Cannot remove provider. External network provider is used as default network provider in the following cluster/s: Default.",
    ),
  );
  sim.inventory.setClusterDefaultNetworkProvider("Default", undefined);
  t.is((await call(sim, "DELETE", `/openstacknetworkproviders/${id}`)).status, 200);
});
