import test from "ava";
import { XMLParser } from "fast-xml-parser";
import { call } from "./helpers/engine-call";
import { uniqueName, useSimulator } from "./helpers/shared-simulator";

const simulator = useSimulator(test, { engineVersion: "4.4" });

const XML = { Accept: "application/xml", "Content-Type": "application/xml" };
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
});

test("XML and JSON render the same entity", async (t) => {
  const sim = simulator();
  const name = uniqueName("both");
  const id = (
    await call(sim, "POST", "/openstackimageproviders", {
      body: {
        name,
        url: "http://glance-xml:9292",
        tenant_name: "admin",
        properties: { property: [{ name: "k", value: "v" }] },
      },
    })
  ).json().id as string;
  const json = (await call(sim, "GET", `/openstackimageproviders/${id}`)).json();
  const xmlText = (
    await call(sim, "GET", `/openstackimageproviders/${id}`, {
      headers: { Accept: "application/xml" },
    })
  ).text;
  t.regex(xmlText, /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
  const xml = parser.parse(xmlText).openstack_image_provider as Record<string, unknown>;
  const href = `/ovirt-engine/api/openstackimageproviders/${id}`;
  t.is(xml["@id"], json.id);
  t.is(xml["@href"], json.href);
  for (const field of ["name", "description", "url", "tenant_name", "requires_authentication"]) {
    t.is(xml[field], json[field], field);
  }
  t.deepEqual(xml.properties, { property: { name: "k", value: "v" } });
  t.deepEqual(json.properties, { property: [{ name: "k", value: "v" }] });
  t.deepEqual(xml.link, [
    { "@href": `${href}/certificates`, "@rel": "certificates" },
    { "@href": `${href}/images`, "@rel": "images" },
  ]);
  t.deepEqual((xml.actions as { link: unknown[] }).link.length, 2);
});

test("the Accept header is read by quality, then in the client's order", async (t) => {
  const sim = simulator();
  const answers = {
    "application/xml, application/json": /^application\/xml/,
    "application/json, application/xml": /^application\/json/,
    "application/xml;q=0.5, application/json": /^application\/json/,
    "text/html, */*;q=0.8": /^application\/xml/,
    "application/json;q=0, application/xml": /^application\/xml/,
  };
  for (const [accept, expected] of Object.entries(answers)) {
    const answer = await call(sim, "GET", "/externalhostproviders", {
      headers: { Accept: accept },
    });
    t.regex(answer.headers["content-type"] ?? "", expected, accept);
  }
});

test("a body of a type the API does not consume is refused with 415 and nothing is added", async (t) => {
  const sim = simulator();
  const name = uniqueName("form");
  const refused = await call(sim, "POST", "/externalhostproviders", {
    body: JSON.stringify({ name, url: "https://foreman.example.com" }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  t.is(refused.status, 415);
  t.is(refused.text, "");
  const listed = await call(sim, "GET", `/externalhostproviders?search=name%3D${name}`);
  t.deepEqual(listed.json(), {});

  const accepted = await call(sim, "POST", "/externalhostproviders", {
    body: JSON.stringify({ name, url: "https://foreman.example.com" }),
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
  t.is(accepted.status, 201);
});

test("XML is the answer when the client names no format, JSON with ?accept=", async (t) => {
  const sim = simulator();
  const plain = await call(sim, "GET", "/externalhostproviders", { headers: { Accept: "" } });
  t.regex(plain.headers["content-type"] ?? "", /^application\/xml/);
  const query = await call(sim, "GET", "/externalhostproviders?accept=application/json", {
    headers: { Accept: "" },
  });
  t.regex(query.headers["content-type"] ?? "", /^application\/json/);
});

test("an empty XML collection is an empty root element", async (t) => {
  const answer = await call(simulator(), "GET", "/openstackvolumeproviders", { headers: XML });
  t.regex(answer.text, /<openstack_volume_providers\/>\n$/);
});

test("a provider added in XML reads back the same in JSON", async (t) => {
  const name = uniqueName("xmlin");
  const added = await call(simulator(), "POST", "/openstacknetworkproviders", {
    headers: XML,
    body: `<openstack_network_provider><name>${name}</name><type>external</type><url>https://ovn.example.com:9696</url><external_plugin_type>OVIRT_PROVIDER_OVN</external_plugin_type><requires_authentication>false</requires_authentication><read_only>0</read_only><properties><property><name>a</name><value>1</value></property></properties></openstack_network_provider>`,
  });
  t.is(added.status, 201);
  const id = parser.parse(added.text).openstack_network_provider["@id"] as string;
  t.like((await call(simulator(), "GET", `/openstacknetworkproviders/${id}`)).json(), {
    name,
    type: "external",
    external_plugin_type: "OVIRT_PROVIDER_OVN",
    read_only: "false",
    properties: { property: [{ name: "a", value: "1" }] },
  });
});

test("bad XML values are invalid values with the engine's explanation", async (t) => {
  const bodies: Array<[string, string]> = [
    [
      `<openstack_network_provider><name>${uniqueName("x")}</name><type>external</type><read_only>yes</read_only></openstack_network_provider>`,
      `Value "yes" isn't a valid boolean, it should be "true" , "false", "0" or "1"`,
    ],
    [
      `<openstack_network_provider><name>${uniqueName("x")}</name><type>ovn</type></openstack_network_provider>`,
      "The string 'ovn' isn't a valid value for the 'OpenStackNetworkProviderType' enumerated type. Valid values are: 'neutron', 'external'.",
    ],
  ];
  for (const [body, detail] of bodies) {
    const answer = await call(simulator(), "POST", "/openstacknetworkproviders", {
      headers: XML,
      body,
    });
    t.is(answer.status, 400);
    t.deepEqual(parser.parse(answer.text).fault, { detail, reason: "Invalid value" });
  }
});

test("malformed XML, a wrong root and unknown elements are syntactically incorrect", async (t) => {
  for (const body of [
    "<openstack_network_provider><name>x</name>",
    `<external_host_provider><name>${uniqueName("x")}</name></external_host_provider>`,
    `<openstack_network_provider><name>${uniqueName("x")}</name><bogus>1</bogus></openstack_network_provider>`,
  ]) {
    const answer = await call(simulator(), "POST", "/openstacknetworkproviders", {
      headers: XML,
      body,
    });
    t.is(answer.status, 400);
    t.is(parser.parse(answer.text).fault.reason, "Request syntactically incorrect.");
  }
});

test("faults and actions come in XML too, dates as xs:dateTime", async (t) => {
  const sim = simulator();
  const missing = await call(
    sim,
    "GET",
    "/externalhostproviders/00000000-0000-0000-0000-000000000000",
    { headers: XML },
  );
  t.is(missing.status, 404);
  t.is(missing.text, "");
  const cinder = parser.parse(
    (
      await call(sim, "POST", "/openstackvolumeproviders", {
        headers: XML,
        body: `<openstack_volume_provider><name>${uniqueName("c")}</name><url>http://cx:8776</url></openstack_volume_provider>`,
      })
    ).text,
  ).openstack_volume_provider["@id"] as string;
  const key = await call(sim, "POST", `/openstackvolumeproviders/${cinder}/authenticationkeys`, {
    headers: XML,
    body: `<openstack_volume_authentication_key><uuid>${crypto.randomUUID()}</uuid><value>QUJDRA==</value><usage_type>ceph</usage_type></openstack_volume_authentication_key>`,
  });
  t.is(key.status, 201, key.text);
  t.regex(
    parser.parse(key.text).openstack_volume_authentication_key.creation_date as string,
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/,
  );
  const removed = await call(sim, "DELETE", `/openstackvolumeproviders/${cinder}`, {
    headers: XML,
  });
  t.deepEqual(parser.parse(removed.text).action, { status: "complete" });
});
