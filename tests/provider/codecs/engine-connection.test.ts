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
      "must be an absolute https URL such as https://engine.example.com/ovirt-engine/api",
    ]),
  },
  {
    title: "an engine url over plain http, which the client refuses",
    input: withConnection({ url: "http://engine.example.com/ovirt-engine/api" }),
    failures: failuresOf([
      "connection.url",
      "must use https, as in https://engine.example.com/ovirt-engine/api",
    ]),
  },
  {
    title: "an engine url with a path that is not the engine's",
    input: withConnection({ url: "https://engine.example.com/engine" }),
    failures: failuresOf([
      "connection.url",
      "must end in /ovirt-engine or /ovirt-engine/api (or have no path), as in https://engine.example.com/ovirt-engine/api",
    ]),
  },
  {
    title: "an engine url with a query",
    input: withConnection({ url: "https://engine.example.com/ovirt-engine/api?x=1" }),
    failures: failuresOf(["connection.url", "must not have a query or a fragment"]),
  },
  {
    title: "an engine url carrying credentials, without quoting it",
    input: withConnection({ url: "https://admin:pw@engine.example.com/ovirt-engine" }),
    failures: failuresOf([
      "connection.url",
      "must not carry credentials; give them as username and password instead",
    ]),
  },
  {
    title: "an engine url with a line break, which URL parsing would drop",
    input: withConnection({ url: "https://engine.example.com/ovirt-engine\r\n" }),
    failures: failuresOf([
      "connection.url",
      "must not contain control characters such as line breaks, tabs, NUL or escape (found U+000D at character 40)",
    ]),
  },
  {
    title: "an engine url with an invalid host name",
    input: withConnection({ url: "https://engine_.example..com/ovirt-engine" }),
    failures: failuresOf([
      "connection.url",
      "must name a valid host, e.g. https://engine.example.com/ovirt-engine/api",
    ]),
  },
  {
    title: "a username with a control character",
    input: withConnection({ username: "admin\u0000@internal" }),
    failures: failuresOf([
      "connection.username",
      "must not contain control characters such as line breaks, tabs, NUL or escape (found U+0000 at character 6)",
    ]),
  },
  {
    title: "a username without its profile",
    input: withConnection({ username: "admin" }),
    failures: failuresOf([
      "connection.username",
      "must be a user and its profile as user@profile, e.g. admin@internal",
    ]),
  },
  {
    title: "a username with an empty profile",
    input: withConnection({ username: "jdoe@ad.example.com@" }),
    failures: failuresOf([
      "connection.username",
      "must be a user and its profile as user@profile, e.g. admin@internal",
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
    failures: failuresOf(["connection.insecure", "must be true or false"]),
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

test("a user principal name keeps its own @: the profile follows the last one", (t) => {
  const username = "jdoe@ad.example.com@ad-profile";
  const outcome = checkInputs(EngineConnectionInputs, engineConnectionSecretPaths, {
    ...connection,
    username,
  });

  t.deepEqual(outcome, { ok: true, inputs: { ...connection, username } });
});

test("a connection never quotes its password, even when it looks like a short value", (t) => {
  const outcome = checkOpenStackImageProviderInputs(withConnection({ password: ["hunter2"] }));

  t.deepEqual(outcome, {
    ok: false,
    failures: [{ property: "connection.password", reason: "must be a string" }],
  });
});

for (const url of [
  "https://engine.example.com",
  "https://engine.example.com/ovirt-engine",
  "https://engine.example.com/ovirt-engine/api/",
  "https://engine.example.com:8443/prefix/ovirt-engine/api/v4",
]) {
  test(`a connection accepts the engine url spelling ${url}`, (t) => {
    const outcome = checkInputs(EngineConnectionInputs, engineConnectionSecretPaths, {
      ...connection,
      url,
    });

    t.deepEqual(outcome, { ok: true, inputs: { ...connection, url } });
  });
}
