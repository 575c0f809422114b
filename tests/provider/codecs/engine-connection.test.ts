import test from "ava";

import { checkInputs } from "../../../provider/codecs/check-inputs";
import {
  EngineConnectionInputs,
  engineConnectionSecretPaths,
} from "../../../provider/codecs/engine-connection";
import { checkOpenStackImageProviderInputs } from "../../../provider/codecs/openstack-image-provider";
import { failuresOf, refusesEach } from "./check-table";

const connection = {
  url: "https://engine.example.com/ovirt-engine/api",
  username: "admin@internal",
  password: "engine-s3cret",
};

/** Connections are checked as part of a resource, so paths start with "connection". */
function withConnection(changes: Record<string, unknown>): Record<string, unknown> {
  return {
    name: "glance1",
    url: "http://glance.example.com:9292",
    connection: { ...connection, ...changes },
  };
}

const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

refusesEach("a resource", checkOpenStackImageProviderInputs, [
  {
    title: "a connection given as a URL string",
    input: { name: "glance1", url: "http://glance.example.com:9292", connection: connection.url },
    failures: failuresOf(["connection", "must be an object with url, username and password"]),
  },
  {
    title: "a connection without a password",
    input: withConnection({ password: undefined }),
    failures: failuresOf(["connection.password", "is required"]),
  },
  {
    title: "an engine url that is not absolute",
    input: withConnection({ url: "engine.example.com/ovirt-engine" }),
    failures: failuresOf([
      "connection.url",
      'must be an absolute URL starting with http:// or https://, e.g. https://engine.example.com/ovirt-engine/api (got "engine.example.com/ovirt-engine")',
    ]),
  },
  {
    title: "a username without its profile",
    input: withConnection({ username: "admin" }),
    failures: failuresOf([
      "connection.username",
      'must be a user and its profile as user@profile, e.g. admin@internal (got "admin")',
    ]),
  },
  {
    title: "a username with two profiles",
    input: withConnection({ username: "admin@internal@lab" }),
    failures: failuresOf([
      "connection.username",
      'must be a user and its profile as user@profile, e.g. admin@internal (got "admin@internal@lab")',
    ]),
  },
  {
    title: "an empty password",
    input: withConnection({ password: "" }),
    failures: failuresOf(["connection.password", "must not be empty"]),
  },
  {
    title: "a CA in PEM text that holds no certificate",
    input: withConnection({ caPem: "MIIB" }),
    failures: failuresOf([
      "connection.caPem",
      'must be PEM text that contains "-----BEGIN CERTIFICATE-----"',
    ]),
  },
  {
    title: "both a CA file and PEM text",
    input: withConnection({ caFile: "/etc/pki/ovirt-engine/ca.pem", caPem: PEM }),
    failures: failuresOf(["connection.caPem", "cannot be combined with caFile; give one of them"]),
  },
  {
    title: "turning certificate checks off beside a CA",
    input: withConnection({ caFile: "/etc/pki/ovirt-engine/ca.pem", insecure: true }),
    failures: failuresOf([
      "connection.insecure",
      "turns certificate checks off, so the CA given beside it would be ignored; give one or the other",
    ]),
  },
  {
    title: "an insecure flag given as a string",
    input: withConnection({ insecure: "true" }),
    failures: failuresOf(["connection.insecure", 'must be true or false (got "true")']),
  },
  {
    title: "a misspelt CA file, suggesting the right name",
    input: withConnection({ cafile: "/etc/ca.pem" }),
    failures: failuresOf([
      "connection.cafile",
      'is not an argument of connection; did you mean "caFile"?',
    ]),
  },
]);

test("a connection with a CA in PEM text is accepted as given", (t) => {
  const outcome = checkInputs(EngineConnectionInputs, engineConnectionSecretPaths, {
    ...connection,
    caPem: PEM,
  });

  t.deepEqual(outcome, { ok: true, inputs: { ...connection, caPem: PEM } });
});

test("a connection never quotes its password, even when it looks like a short value", (t) => {
  const outcome = checkOpenStackImageProviderInputs(withConnection({ password: ["hunter2"] }));

  t.deepEqual(outcome, {
    ok: false,
    failures: [{ property: "connection.password", reason: "must be a string" }],
  });
});
