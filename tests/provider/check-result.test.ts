/**
 * The stack-level engine settings are checked at `check`, as the client would check them, before
 * any request: each unusable one is its own failure naming the key and the command that fixes it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import test from "ava";

import { checkResultWithConnection } from "../../provider/check-result";
import { rememberStackConfig } from "../../provider/connection-settings";
import { UNKNOWN_VALUE } from "../../provider/codecs/unknown-value";
import { cleanConnectionSettings } from "../helpers/clean-connection-settings";

const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const folder = mkdtempSync(path.join(tmpdir(), "check-result-"));
const GOOD_CA_FILE = path.join(folder, "ca.pem");
const EMPTY_CA_FILE = path.join(folder, "empty.pem");
const MISSING_CA_FILE = path.join(folder, "missing.pem");
writeFileSync(GOOD_CA_FILE, PEM);
writeFileSync(EMPTY_CA_FILE, "no certificate here\n");
test.after.always(() => rmSync(folder, { recursive: true, force: true }));

const complete = {
  "ovirt:url": "https://engine.example.com/ovirt-engine/api",
  "ovirt:username": "admin@internal",
  "ovirt:password": "engine-s3cret",
};

const URL_FIX =
  "fix it with: pulumi config set ovirt:url https://engine.example.com/ovirt-engine/api";

function configure(values: Record<string, string>): void {
  rememberStackConfig({ get: (key: string) => values[key] });
}

function checkWith(connection: unknown = undefined) {
  return checkResultWithConnection({ ok: true, inputs: { name: "glance1" } }, connection);
}

interface StackCase {
  title: string;
  config: Record<string, string>;
  environment?: Record<string, string>;
  reasons: string[];
}

const stackCases: StackCase[] = [
  {
    title: "an engine url over plain http",
    config: { ...complete, "ovirt:url": "http://engine.example.com/ovirt-engine/api" },
    reasons: [
      `the stack setting ovirt:url must use https, as in https://engine.example.com/ovirt-engine/api; ${URL_FIX}`,
    ],
  },
  {
    title: "an engine url with a path that is not the engine's",
    config: { ...complete, "ovirt:url": "https://engine.example.com/api" },
    reasons: [
      `the stack setting ovirt:url must end in /ovirt-engine or /ovirt-engine/api (or have no path), as in https://engine.example.com/ovirt-engine/api; ${URL_FIX}`,
    ],
  },
  {
    title: "an engine url that is not absolute",
    config: { ...complete, "ovirt:url": "engine.example.com" },
    reasons: [
      `the stack setting ovirt:url must be an absolute https URL such as https://engine.example.com/ovirt-engine/api; ${URL_FIX}`,
    ],
  },
  {
    title: "a user without its profile",
    config: { ...complete, "ovirt:username": "admin" },
    reasons: [
      "the stack setting ovirt:username must be a user and its profile as user@profile, e.g. admin@internal; fix it with: pulumi config set ovirt:username admin@internal",
    ],
  },
  {
    title: "an insecure flag that is neither true nor false",
    config: { ...complete, "ovirt:insecure": "maybe" },
    reasons: [
      "the stack setting ovirt:insecure must be true or false; fix it with: pulumi config set ovirt:insecure false",
    ],
  },
  {
    title: "a CA file that cannot be read",
    config: { ...complete, "ovirt:caFile": MISSING_CA_FILE },
    reasons: [
      `the stack setting ovirt:caFile must name a readable PEM file; reading ${MISSING_CA_FILE} failed (ENOENT); fix it with: pulumi config set ovirt:caFile /etc/pki/ovirt-engine/ca.pem`,
    ],
  },
  {
    title: "a CA file that cannot be read beside CA text, as a project default left behind",
    config: { ...complete, "ovirt:caFile": MISSING_CA_FILE, "ovirt:caPem": PEM },
    reasons: [
      `the stack setting ovirt:caFile must name a readable PEM file; reading ${MISSING_CA_FILE} failed (ENOENT); fix it with: pulumi config set ovirt:caFile "" (or pulumi config set ovirt:caFile /etc/pki/ovirt-engine/ca.pem)`,
    ],
  },
  {
    title: "a CA file without a certificate",
    config: { ...complete, "ovirt:caFile": EMPTY_CA_FILE },
    reasons: [
      "the stack setting ovirt:caFile must hold at least one PEM certificate (-----BEGIN CERTIFICATE----- ...); fix it with: pulumi config set ovirt:caFile /etc/pki/ovirt-engine/ca.pem",
    ],
  },
  {
    title: "CA text without a certificate",
    config: { ...complete, "ovirt:caPem": "MIIB" },
    reasons: [
      'the stack setting ovirt:caPem must hold at least one PEM certificate (-----BEGIN CERTIFICATE----- ...); fix it with: pulumi config set ovirt:caPem "$(cat ca.pem)"',
    ],
  },
  {
    title: "an engine url from the environment over plain http",
    config: { "ovirt:username": "admin@internal", "ovirt:password": "engine-s3cret" },
    environment: { OVIRT_URL: "http://engine.example.com/ovirt-engine" },
    reasons: [
      `OVIRT_URL (read because the stack does not set ovirt:url) must use https, as in https://engine.example.com/ovirt-engine/api; correct OVIRT_URL in the environment, or ${URL_FIX}`,
    ],
  },
  {
    title: "a request timeout that is not a whole number",
    config: { ...complete, "ovirt:requestTimeoutMs": "soon" },
    reasons: [
      "the stack setting ovirt:requestTimeoutMs must be a whole number of 1 or more; fix it with: pulumi config set ovirt:requestTimeoutMs 60000",
    ],
  },
  {
    title: "a concurrency bound of 0 from the environment",
    config: complete,
    environment: { OVIRT_MAX_CONCURRENT_REQUESTS: "0" },
    reasons: [
      "OVIRT_MAX_CONCURRENT_REQUESTS (read because the stack does not set ovirt:maxConcurrentRequests) must be a whole number of 1 or more; correct OVIRT_MAX_CONCURRENT_REQUESTS in the environment, or fix it with: pulumi config set ovirt:maxConcurrentRequests 8",
    ],
  },
  {
    title: "a missing password beside a bad url, each reported",
    config: { "ovirt:url": "http://engine.example.com", "ovirt:username": "admin@internal" },
    reasons: [
      "no engine to talk to: password not set; set ovirt:password in the stack configuration (pulumi config set --secret ovirt:password <password>), or OVIRT_PASSWORD in the environment, or give this resource a connection argument",
      `the stack setting ovirt:url must use https, as in https://engine.example.com/ovirt-engine/api; ${URL_FIX}`,
    ],
  },
];

for (const stackCase of stackCases) {
  test.serial(`check refuses ${stackCase.title}, naming the key and the fix`, (t) => {
    cleanConnectionSettings(t);
    configure(stackCase.config);
    Object.assign(process.env, stackCase.environment ?? {});

    t.deepEqual(checkWith(), {
      failures: stackCase.reasons.map((reason) => ({ property: "connection", reason })),
    });
  });
}

test.serial("check lists every missing setting with the command for each", (t) => {
  cleanConnectionSettings(t);
  configure({});

  t.deepEqual(checkWith(), {
    failures: [
      {
        property: "connection",
        reason:
          "no engine to talk to: url, username, password not set; set ovirt:url, ovirt:username, " +
          "ovirt:password in the stack configuration (pulumi config set ovirt:url " +
          "https://engine.example.com/ovirt-engine/api; pulumi config set ovirt:username " +
          "admin@internal; pulumi config set --secret ovirt:password <password>), or OVIRT_URL, " +
          "OVIRT_USERNAME, OVIRT_PASSWORD in the environment, or give this resource a connection " +
          "argument",
      },
    ],
  });
});

test.serial("a null connection leaves the stack's settings in charge, and checked", (t) => {
  cleanConnectionSettings(t);
  configure({ ...complete, "ovirt:username": "admin" });

  t.deepEqual(checkWith(null), {
    failures: [
      {
        property: "connection",
        reason:
          "the stack setting ovirt:username must be a user and its profile as user@profile, e.g. " +
          "admin@internal; fix it with: pulumi config set ovirt:username admin@internal",
      },
    ],
  });
});

test.serial("check accepts complete stack settings with a readable CA file", (t) => {
  cleanConnectionSettings(t);
  configure({ ...complete, "ovirt:caFile": GOOD_CA_FILE, "ovirt:insecure": "false" });

  t.deepEqual(checkWith(), { inputs: { name: "glance1" } });
});

test.serial(
  "check takes a stack URL with a trailing line feed and a UPN user, as the client does",
  (t) => {
    cleanConnectionSettings(t);
    configure({
      ...complete,
      "ovirt:url": "https://engine.example.com/ovirt-engine/api\n",
      "ovirt:username": "jdoe@ad.example.com@ad-profile",
    });

    t.deepEqual(checkWith(), { inputs: { name: "glance1" } });
  },
);

test.serial(
  "check leaves the CA unread when certificate checks are off, as the client does",
  (t) => {
    cleanConnectionSettings(t);
    configure({ ...complete, "ovirt:caFile": MISSING_CA_FILE, "ovirt:insecure": "true" });

    t.deepEqual(checkWith(), { inputs: { name: "glance1" } });
  },
);

test.serial("a resource's own connection makes the stack's engine settings irrelevant", (t) => {
  cleanConnectionSettings(t);
  configure({ "ovirt:url": "http://engine.example.com", "ovirt:username": "admin" });
  const own = { ...complete, url: "https://other.example.com/ovirt-engine" };

  t.deepEqual(checkWith(own), { inputs: { name: "glance1" } });
  t.deepEqual(checkWith(UNKNOWN_VALUE), { inputs: { name: "glance1" } });
});

test.serial("the request tuning is checked for a resource with its own connection too", (t) => {
  cleanConnectionSettings(t);
  configure({ "ovirt:requestTimeoutMs": "1.5" });

  t.deepEqual(checkWith({ ...complete }), {
    failures: [
      {
        property: "connection",
        reason:
          "the stack setting ovirt:requestTimeoutMs must be a whole number of 1 or more; fix it " +
          "with: pulumi config set ovirt:requestTimeoutMs 60000",
      },
    ],
  });
});

test.serial("the codec's failures come first, then the stack's", (t) => {
  cleanConnectionSettings(t);
  configure({ ...complete, "ovirt:insecure": "maybe" });

  const result = checkResultWithConnection(
    { ok: false, failures: [{ property: "name", reason: "is required" }] },
    undefined,
  );

  t.deepEqual(
    result.failures?.map((failure) => failure.property),
    ["name", "connection"],
  );
});

test.serial("no stack setting's failure holds the password", (t) => {
  cleanConnectionSettings(t);
  configure({
    "ovirt:url": "http://engine-s3cret.example.com",
    "ovirt:username": "admin",
    "ovirt:password": "engine-s3cret",
    "ovirt:caPem": "engine-s3cret",
  });

  const text = JSON.stringify(checkWith());

  t.false(text.includes("engine-s3cret"));
});
