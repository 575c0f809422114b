import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootCertificates } from "node:tls";

import test from "ava";

import {
  loadCertificateAuthorities,
  normaliseEngineUrl,
  resolveEngineConnection,
} from "../../../provider/engine/engine-connection";
import { isEngineSettingsError } from "../../../provider/engine/engine-error";
import { mintTestCertificates } from "../../helpers/mint-test-certificates";

const certificates = mintTestCertificates();

const baseSettings = {
  url: "https://engine.example.com/ovirt-engine/api",
  username: "admin@internal",
  password: "correct horse battery staple",
};

const sameEngine = {
  engineUrl: "https://engine.example.com/ovirt-engine",
  apiUrl: "https://engine.example.com/ovirt-engine/api",
};

for (const spelling of [
  "https://engine.example.com",
  "https://engine.example.com/",
  "https://engine.example.com/ovirt-engine",
  "https://engine.example.com/ovirt-engine/",
  "https://engine.example.com/ovirt-engine/api",
  "https://engine.example.com/ovirt-engine/api/",
  "https://engine.example.com/ovirt-engine/api/v4",
  " https://ENGINE.example.com:443/ovirt-engine/api ",
]) {
  test(`the engine url ${JSON.stringify(spelling)} normalises to the same engine`, (t) => {
    t.deepEqual(normaliseEngineUrl(spelling), sameEngine);
  });
}

test("a port and a proxy prefix before /ovirt-engine are kept", (t) => {
  t.deepEqual(normaliseEngineUrl("https://proxy.example.com:8443/lab/ovirt-engine/api"), {
    engineUrl: "https://proxy.example.com:8443/lab/ovirt-engine",
    apiUrl: "https://proxy.example.com:8443/lab/ovirt-engine/api",
  });
});

const badUrls: Array<[string, string]> = [
  [
    "engine.example.com",
    'Engine connection setting "url" must be an absolute https URL such as https://engine.example.com/ovirt-engine/api',
  ],
  [
    "http://engine.example.com/ovirt-engine/api",
    'Engine connection setting "url" must use https, as in https://engine.example.com/ovirt-engine/api',
  ],
  [
    "https://engine.example.com/api",
    'Engine connection setting "url" must end in /ovirt-engine or /ovirt-engine/api (or have no path), as in https://engine.example.com/ovirt-engine/api',
  ],
  [
    "https://engine.example.com/ovirt-engine/api?x=1",
    'Engine connection setting "url" must not have a query or a fragment',
  ],
];

for (const [url, message] of badUrls) {
  test(`the engine url ${JSON.stringify(url)} is refused with a reason`, (t) => {
    const error = t.throws(() => normaliseEngineUrl(url), { message });
    t.true(isEngineSettingsError(error));
    t.is((error as { field?: string }).field, "url");
  });
}

test("a url carrying credentials is refused without echoing them", (t) => {
  const error = t.throws(() => normaliseEngineUrl("https://admin:s3cret-pass@engine.example.com"));

  t.is(
    error?.message,
    'Engine connection setting "url" must not carry credentials; give them as username and password instead',
  );
  t.false(error?.message.includes("s3cret-pass"));
});

test("defaults fill what the settings leave out", (t) => {
  const connection = resolveEngineConnection(baseSettings);

  t.like(connection, {
    ...sameEngine,
    ssoTokenUrl: "https://engine.example.com/ovirt-engine/sso/oauth/token",
    username: "admin@internal",
    insecure: false,
    maxConcurrentRequests: 8,
    timeoutMs: 60000,
    certificateAuthorities: undefined,
  });
});

test("missing credentials and bad limits name the field", (t) => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ username: "" }, 'Engine connection setting "username" must be a non-empty string'],
    [{ password: " " }, 'Engine connection setting "password" must be a non-empty string'],
    [{ url: undefined }, 'Engine connection setting "url" must be a non-empty string'],
    [
      { maxConcurrentRequests: 0 },
      'Engine connection setting "maxConcurrentRequests" must be a whole number of 1 or more',
    ],
    [
      { maxConcurrentRequests: 2.5 },
      'Engine connection setting "maxConcurrentRequests" must be a whole number of 1 or more',
    ],
    [
      { timeoutMs: -1 },
      'Engine connection setting "timeoutMs" must be a positive number of milliseconds',
    ],
  ];

  for (const [change, message] of cases) {
    t.throws(() => resolveEngineConnection({ ...baseSettings, ...change } as typeof baseSettings), {
      message,
    });
  }
});

test("a CA given as PEM text is trusted on top of the system store", (t) => {
  const authorities = loadCertificateAuthorities({ caPem: certificates.caPem });

  t.true(rootCertificates.every((root) => authorities?.includes(root)));
  t.is(authorities?.at(-1), certificates.caPem.trim());
});

test("a CA file is read and trusted on top of the system store", (t) => {
  const folder = mkdtempSync(join(tmpdir(), "engine-ca-"));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  const caFile = join(folder, "ca.pem");
  writeFileSync(caFile, `# engine CA\n${certificates.caPem}`);

  const authorities = loadCertificateAuthorities({ caFile });

  t.true(rootCertificates.every((root) => authorities?.includes(root)));
  t.is(authorities?.at(-1), certificates.caPem.trim());
});

test("a missing CA file is refused naming the file and the setting", (t) => {
  const caFile = join(tmpdir(), "no-such-folder-for-engine-tests", "ca.pem");

  t.throws(() => loadCertificateAuthorities({ caFile }), {
    message: `Engine connection setting "caFile" must name a readable PEM file; reading ${caFile} failed (ENOENT)`,
  });
});

test("PEM text without a certificate is refused", (t) => {
  t.throws(() => loadCertificateAuthorities({ caPem: "not a certificate" }), {
    message:
      'Engine connection setting "caPem" must hold at least one PEM certificate (-----BEGIN CERTIFICATE----- ...)',
  });
});

test("insecure settings skip loading the CA", (t) => {
  const connection = resolveEngineConnection({
    ...baseSettings,
    insecure: true,
    caFile: "/nonexistent/ca.pem",
  });

  t.true(connection.insecure);
  t.is(connection.certificateAuthorities, undefined);
});

test.serial("certificates named by NODE_EXTRA_CA_CERTS stay trusted next to a given CA", (t) => {
  const folder = mkdtempSync(join(tmpdir(), "engine-extra-ca-"));
  const previous = process.env.NODE_EXTRA_CA_CERTS;
  t.teardown(() => {
    rmSync(folder, { recursive: true, force: true });
    if (previous === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
    else process.env.NODE_EXTRA_CA_CERTS = previous;
  });
  const extraFile = join(folder, "extra.pem");
  const extra = mintTestCertificates().caPem;
  writeFileSync(extraFile, extra);
  process.env.NODE_EXTRA_CA_CERTS = extraFile;

  const authorities = loadCertificateAuthorities({ caPem: certificates.caPem });

  t.is(authorities?.length, rootCertificates.length + 2);
  t.true(authorities?.includes(extra.trim()));
});
