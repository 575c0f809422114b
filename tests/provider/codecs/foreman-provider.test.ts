import test from "ava";

import {
  checkForemanProviderInputs,
  foremanProviderFromEngine,
  foremanProviderSecretPaths,
  foremanProviderToEngine,
} from "../../../provider/codecs/foreman-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const valid = {
  name: "foreman1",
  url: "https://foreman.example.com",
  authentication: { username: "admin", password: "s3cret" },
};

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

function withAuthentication(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, authentication: { ...valid.authentication, ...changes } };
}

const FQDN_REASON =
  "Foreman provider URLs need the server's fully qualified domain name, not an IP address or a short name, e.g. https://foreman.example.com";
const NAME_PATTERN =
  'may contain only letters, digits, "-" and "_"; the engine refuses spaces, dots and other characters';
const KEYSTONE_REFUSAL =
  "does not apply: Foreman providers do not use Keystone, so authentication takes only username and password";

refusesEach("ForemanProvider", checkForemanProviderInputs, [
  {
    title: "arguments that are not an object",
    input: "foreman1",
    failures: failuresOf(["", "must be an object of ForemanProvider arguments"]),
  },
  {
    title: "a missing name, url and authentication all at once",
    input: {},
    failures: failuresOf(
      ["name", "is required"],
      ["url", "is required"],
      ["authentication", "is required"],
    ),
  },
  {
    title: "a name with a space",
    input: withArguments({ name: "my foreman" }),
    failures: failuresOf(["name", `${NAME_PATTERN} (got "my foreman")`]),
  },
  {
    title: "a name with a dot",
    input: withArguments({ name: "foreman.lab" }),
    failures: failuresOf(["name", `${NAME_PATTERN} (got "foreman.lab")`]),
  },
  {
    title: "an empty name",
    input: withArguments({ name: "" }),
    failures: failuresOf(["name", "must not be empty"]),
  },
  {
    title: "a name longer than 128 characters",
    input: withArguments({ name: "f".repeat(129) }),
    failures: failuresOf(["name", "must be at most 128 characters (it has 129)"]),
  },
  {
    title: "a name that is a number",
    input: withArguments({ name: 42 }),
    failures: failuresOf(["name", "must be a string (got 42)"]),
  },
  {
    title: "a description longer than 4000 characters",
    input: withArguments({ description: "d".repeat(4001) }),
    failures: failuresOf(["description", "must be at most 4000 characters (it has 4001)"]),
  },
  {
    title: "an IPv4 address as the url's host",
    input: withArguments({ url: "https://192.0.2.10" }),
    failures: failuresOf(["url", `${FQDN_REASON} (got "https://192.0.2.10")`]),
  },
  {
    title: "an IPv6 address as the url's host",
    input: withArguments({ url: "https://[2001:db8::1]" }),
    failures: failuresOf(["url", `${FQDN_REASON} (got "https://[2001:db8::1]")`]),
  },
  {
    title: "a short host name as the url's host",
    input: withArguments({ url: "https://foreman" }),
    failures: failuresOf(["url", `${FQDN_REASON} (got "https://foreman")`]),
  },
  {
    title: "a url without a scheme",
    input: withArguments({ url: "foreman.example.com" }),
    failures: failuresOf([
      "url",
      'must be an absolute URL starting with http:// or https://, e.g. https://foreman.example.com (got "foreman.example.com")',
    ]),
  },
  {
    title: "a url with another scheme",
    input: withArguments({ url: "ftp://foreman.example.com" }),
    failures: failuresOf([
      "url",
      'must be an absolute URL starting with http:// or https://, e.g. https://foreman.example.com (got "ftp://foreman.example.com")',
    ]),
  },
  {
    title: "a url with credentials in it, without quoting them",
    input: withArguments({ url: "https://admin:s3cret@foreman.example.com" }),
    failures: failuresOf([
      "url",
      "must not contain a user name or password; give them in authentication instead",
    ]),
  },
  {
    title: "a url with a query",
    input: withArguments({ url: "https://foreman.example.com/?x=1" }),
    failures: failuresOf([
      "url",
      'must not have a query (?...) or fragment (#...): the engine appends its own paths (got "https://foreman.example.com/?x=1")',
    ]),
  },
  {
    title: "a url with a port out of range",
    input: withArguments({ url: "https://foreman.example.com:70000" }),
    failures: failuresOf([
      "url",
      'must have a port from 1 to 65535, e.g. https://foreman.example.com (got "https://foreman.example.com:70000")',
    ]),
  },
  {
    title: "a url longer than 512 characters",
    input: withArguments({ url: `https://foreman.example.com/${"p".repeat(490)}` }),
    failures: failuresOf(["url", "must be at most 512 characters (it has 518)"]),
  },
  {
    title: "authentication without a password",
    input: withArguments({ authentication: { username: "admin" } }),
    failures: failuresOf(["authentication.password", "is required"]),
  },
  {
    title: "an empty username",
    input: withAuthentication({ username: "" }),
    failures: failuresOf(["authentication.username", "must not be empty"]),
  },
  {
    title: "a username of white space only",
    input: withAuthentication({ username: "  " }),
    failures: failuresOf(["authentication.username", "must not be only white space"]),
  },
  {
    title: "a username longer than 64 characters",
    input: withAuthentication({ username: "u".repeat(65) }),
    failures: failuresOf(["authentication.username", "must be at most 64 characters (it has 65)"]),
  },
  {
    title: "a password longer than 200 characters",
    input: withAuthentication({ password: "p".repeat(201) }),
    failures: failuresOf([
      "authentication.password",
      "must be at most 200 characters, the engine's limit for provider passwords",
    ]),
  },
  {
    title: "a Keystone URL, which Foreman ignores",
    input: withAuthentication({ keystoneUrl: "https://keystone.example.com:35357/v3" }),
    failures: failuresOf(["authentication.keystoneUrl", KEYSTONE_REFUSAL]),
  },
  {
    title: "a misspelt tenant name, naming the refused argument it resembles",
    input: withAuthentication({ tenantNmae: "admin" }),
    failures: failuresOf([
      "authentication.tenantNmae",
      `is not an argument of authentication; did you mean "tenantName"? That one ${KEYSTONE_REFUSAL}`,
    ]),
  },
  {
    title: "custom properties, which the engine ignores for Foreman",
    input: withArguments({ properties: { zone: "east" } }),
    failures: failuresOf([
      "properties",
      "does not apply to Foreman providers: the engine ignores custom properties for them",
    ]),
  },
  {
    title: "a username given outside authentication",
    input: withArguments({ username: "admin" }),
    failures: failuresOf(["username", "belongs inside authentication: { username, password }"]),
  },
  {
    title: "an agent configuration",
    input: withArguments({ agentConfiguration: { interfaceMappings: "a:b" } }),
    failures: failuresOf([
      "agentConfiguration",
      "applies only to OpenStackNetworkProvider (Neutron); the engine ignores it for every other kind",
    ]),
  },
  {
    title: "a misspelt description, suggesting the right name",
    input: withArguments({ descripton: "lab" }),
    failures: failuresOf([
      "descripton",
      'is not an argument of ForemanProvider; did you mean "description"?',
    ]),
  },
  {
    title: "a name nothing like any argument, listing the arguments it takes",
    input: withArguments({ colour: "blue" }),
    failures: failuresOf([
      "colour",
      "is not an argument of ForemanProvider (it takes name, url, authentication, description, connection, adoptExisting, testConnectivity, trustedCertificate, trustPresentedCertificate)",
    ]),
  },
  {
    title: "a certificate option on a plain http url",
    input: withArguments({ url: "http://foreman.example.com", trustPresentedCertificate: true }),
    failures: failuresOf([
      "trustPresentedCertificate",
      "only applies to https URLs, but url starts with http://",
    ]),
  },
]);

test("ForemanProvider maps good inputs to the exact engine body", (t) => {
  const outcome = checkForemanProviderInputs({
    ...valid,
    description: "Satellite in the lab",
    adoptExisting: true,
    testConnectivity: true,
    trustedCertificate: { sha256: "ab".repeat(32) },
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(foremanProviderToEngine(outcome.inputs), {
    name: "foreman1",
    description: "Satellite in the lab",
    url: "https://foreman.example.com",
    requires_authentication: "true",
    username: "admin",
    password: "s3cret",
  });
});

test("ForemanProvider accepts a url with a port and a path", (t) => {
  const outcome = checkForemanProviderInputs(
    withArguments({ url: "https://foreman.example.com:8443/foreman" }),
  );

  t.true(outcome.ok);
});

test("ForemanProvider lets the preview sentinel stand for any argument", (t) => {
  const outcome = checkForemanProviderInputs({
    name: "foreman1",
    url: UNKNOWN_VALUE,
    authentication: { username: UNKNOWN_VALUE, password: UNKNOWN_VALUE },
    adoptExisting: UNKNOWN_VALUE,
    trustedCertificate: UNKNOWN_VALUE,
  });

  t.deepEqual(outcome, {
    ok: true,
    inputs: {
      name: "foreman1",
      url: UNKNOWN_VALUE,
      authentication: { username: UNKNOWN_VALUE, password: UNKNOWN_VALUE },
      adoptExisting: UNKNOWN_VALUE,
      trustedCertificate: UNKNOWN_VALUE,
    },
  });
});

test("ForemanProvider still reports known mistakes beside unknown values", (t) => {
  const outcome = checkForemanProviderInputs({
    name: "bad name",
    url: UNKNOWN_VALUE,
    authentication: UNKNOWN_VALUE,
  });

  t.deepEqual(outcome, {
    ok: false,
    failures: [{ property: "name", reason: `${NAME_PATTERN} (got "bad name")` }],
  });
});

test("ForemanProvider reads the engine's answer back in input names without a password", (t) => {
  const view = foremanProviderFromEngine({
    requires_authentication: "true",
    url: "https://foreman.example.com",
    username: "admin",
    actions: { link: [] },
    name: "foreman1",
    description: "",
    href: "/ovirt-engine/api/externalhostproviders/6e3c",
    id: "6e3c",
  });

  t.deepEqual(view, {
    name: "foreman1",
    url: "https://foreman.example.com",
    authentication: { username: "admin" },
  });
});

test("ForemanProvider lists its secret paths", (t) => {
  t.deepEqual(foremanProviderSecretPaths, ["authentication.password", "connection.password"]);
});
