import test from "ava";
import { addProvider, call } from "./helpers/engine-call";
import { startFakeProvider } from "./helpers/fake-provider";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, {
  reachableHosts: [
    "glance.example.com",
    "ovn.example.com",
    { host: "foreman.example.com", username: "admin", password: "right" },
  ],
});

const PROVIDER_FAILURE = {
  detail: "[Failed to communicate with the external provider, see log for additional details.]",
  reason: "Operation Failed",
};
const SSL_FAILURE = {
  detail: "[SSL problem while trying to connect to the external provider.]",
  reason: "Operation Failed",
};

async function testConnectivity(collection: string, id: string, query = "") {
  return call(simulator(), "POST", `/${collection}/${id}/testconnectivity${query}`, { body: {} });
}

async function importCertificate(collection: string, id: string, content: string) {
  return call(simulator(), "POST", `/${collection}/${id}/importcertificates`, {
    body: { certificates: { certificate: [{ content }] } },
  });
}

test("the test succeeds for a reachable plain-HTTP provider", async (t) => {
  const id = await addProvider(simulator(), "openstackimageproviders", {
    name: uniqueName("g"),
    url: "http://glance.example.com:9292",
  });
  const answer = await testConnectivity("openstackimageproviders", id);
  t.is(answer.status, 200);
  t.deepEqual(answer.json(), { status: "complete" });
});

test("the test fails with the engine's 400 for a host that cannot be reached", async (t) => {
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: uniqueName("f"),
    url: "https://foreman.invalid",
  });
  const answer = await testConnectivity("externalhostproviders", id);
  t.is(answer.status, 400);
  t.deepEqual(answer.json(), PROVIDER_FAILURE);
});

test("an asynchronous test answers 202 with an empty body", async (t) => {
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: uniqueName("f"),
    url: "https://foreman.invalid",
  });
  const answer = await testConnectivity("externalhostproviders", id, "?async=true");
  t.is(answer.status, 202);
  t.is(answer.text, "");
});

test("the test of an unmanaged external provider always succeeds", async (t) => {
  const id = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("u"),
    type: "external",
    unmanaged: "true",
  });
  t.is((await testConnectivity("openstacknetworkproviders", id)).status, 200);
});

test("a reachable TLS host presents a stable generated chain, server first", async (t) => {
  const id = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("o"),
    type: "external",
    url: "https://ovn.example.com:9696",
  });
  const first = (
    await call(simulator(), "GET", `/openstacknetworkproviders/${id}/certificates`)
  ).json();
  const second = (
    await call(simulator(), "GET", `/openstacknetworkproviders/${id}/certificates`)
  ).json();
  t.deepEqual(first, second);
  const certificates = first.certificate as Array<Record<string, string>>;
  t.deepEqual(
    certificates.map((certificate) => [certificate.id, certificate.subject]),
    [
      ["0", "CN=ovn.example.com"],
      ["1", "CN=ovn.example.com Root CA"],
    ],
  );
  t.regex(certificates[0]?.content ?? "", /^[A-Za-z0-9+/]+=*$/);
  t.false("href" in (certificates[0] as object));
  const one = await call(simulator(), "GET", `/openstacknetworkproviders/${id}/certificates/1`);
  t.deepEqual(one.json(), certificates[1]);
  t.is(
    (await call(simulator(), "GET", `/openstacknetworkproviders/${id}/certificates/2`)).status,
    404,
  );
});

test("a host not configured as reachable still presents its generated chain", async (t) => {
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: uniqueName("elsewhere"),
    url: "https://satellite.example.org",
  });
  const list = (await call(simulator(), "GET", `/externalhostproviders/${id}/certificates`)).json();
  const subjects = (list.certificate as Array<{ subject: string }>).map((c) => c.subject);
  t.deepEqual(subjects, ["CN=satellite.example.org", "CN=satellite.example.org Root CA"]);
});

test("a host under .invalid or a plain-HTTP provider presents no certificates", async (t) => {
  for (const url of ["https://nowhere.invalid", "http://glance.example.com:9292"]) {
    const id = await addProvider(simulator(), "externalhostproviders", {
      name: uniqueName("n"),
      url,
    });
    const answer = await call(simulator(), "GET", `/externalhostproviders/${id}/certificates`);
    t.is(answer.text, "{ }");
  }
});

test("a TLS provider fails the test until its certificate is imported", async (t) => {
  const id = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("tls"),
    type: "external",
    url: "https://ovn.example.com:9797",
  });
  const before = await testConnectivity("openstacknetworkproviders", id);
  t.is(before.status, 400);
  t.deepEqual(before.json(), SSL_FAILURE);
  const chain = (
    await call(simulator(), "GET", `/openstacknetworkproviders/${id}/certificates`)
  ).json();
  const root = (chain.certificate as Array<{ content: string }>)[1]?.content as string;
  const imported = await importCertificate("openstacknetworkproviders", id, root);
  t.deepEqual([imported.status, imported.json()], [200, { status: "complete" }]);
  t.true(simulator().inventory.trustedCertificates().includes(root));
  t.is((await testConnectivity("openstacknetworkproviders", id)).status, 200);
});

test("importing PEM armour or garbage fails to import the certificate", async (t) => {
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: uniqueName("imp"),
    url: "https://f.example.com",
  });
  for (const content of [
    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
    "bm90IGEgY2VydA==",
  ]) {
    const answer = await importCertificate("externalhostproviders", id, content);
    t.is(answer.status, 400);
    t.deepEqual(answer.json(), {
      detail: "[Failed to import provider certificate.]",
      reason: "Operation Failed",
    });
  }
});

test("importing without certificate content fails the input validation", async (t) => {
  const id = await addProvider(simulator(), "externalhostproviders", {
    name: uniqueName("imp"),
    url: "https://f.example.com",
  });
  const answer = await call(
    simulator(),
    "POST",
    `/externalhostproviders/${id}/importcertificates`,
    { body: {} },
  );
  t.is(answer.status, 400);
  t.is(answer.json().reason, "Input validation failed.");
});

test("a loopback TLS provider is really contacted: its chain, trust and credentials", async (t) => {
  const provider = await startFakeProvider(200);
  const refusing = await startFakeProvider(401);
  t.teardown(() => Promise.all([provider.stop(), refusing.stop()]));
  const id = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("real"),
    type: "external",
    url: provider.url,
  });
  const chain = (
    await call(simulator(), "GET", `/openstacknetworkproviders/${id}/certificates`)
  ).json();
  t.deepEqual(
    (chain.certificate as Array<{ content: string }>).map((c) => c.content),
    [provider.leaf, provider.root],
  );
  t.deepEqual((await testConnectivity("openstacknetworkproviders", id)).json(), SSL_FAILURE);
  await importCertificate("openstacknetworkproviders", id, provider.leaf);
  t.is((await testConnectivity("openstacknetworkproviders", id)).status, 200);

  const refused = await addProvider(simulator(), "openstacknetworkproviders", {
    name: uniqueName("auth"),
    type: "external",
    url: refusing.url,
  });
  await importCertificate("openstacknetworkproviders", refused, refusing.root);
  t.deepEqual((await testConnectivity("openstacknetworkproviders", refused)).json(), {
    detail:
      "[Failed to authenticate with the external provider. Please confirm username and password.]",
    reason: "Operation Failed",
  });
});

test("a configured host with credentials fails the test for other credentials", async (t) => {
  const add = (password: string) =>
    addProvider(simulator(), "externalhostproviders", {
      name: uniqueName("creds"),
      url: "http://foreman.example.com",
      requires_authentication: "true",
      username: "admin",
      password,
    });
  t.is((await testConnectivity("externalhostproviders", await add("right"))).status, 200);
  const refused = await testConnectivity("externalhostproviders", await add("wrong"));
  t.deepEqual(refused.json(), {
    detail:
      "[Failed to authenticate with the external provider. Please confirm username and password.]",
    reason: "Operation Failed",
  });
});

test("actions on an unknown provider are 404", async (t) => {
  const answer = await testConnectivity(
    "externalhostproviders",
    "00000000-0000-0000-0000-000000000000",
  );
  t.is(answer.status, 404);
});
