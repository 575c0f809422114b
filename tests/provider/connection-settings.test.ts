import test from "ava";

import {
  connectionSettingsFor,
  missingConnectionSettings,
  rememberStackConfig,
} from "../../provider/connection-settings";
import { cleanConnectionSettings } from "../helpers/clean-connection-settings";

function stackConfig(values: Record<string, string>) {
  return { get: (key: string) => values[key] };
}

test.serial("stack configuration names the engine", (t) => {
  cleanConnectionSettings(t);
  rememberStackConfig(
    stackConfig({
      "ovirt:url": "https://engine.example.com/ovirt-engine/api",
      "ovirt:username": "admin@internal",
      "ovirt:password": "secret",
      "ovirt:caFile": "/etc/pki/ovirt-engine/ca.pem",
      "ovirt:insecure": "false",
    }),
  );

  t.deepEqual(connectionSettingsFor(undefined), {
    url: "https://engine.example.com/ovirt-engine/api",
    username: "admin@internal",
    password: "secret",
    caFile: "/etc/pki/ovirt-engine/ca.pem",
    caPem: undefined,
    insecure: false,
  });
});

test.serial("environment variables fill in what stack configuration leaves out", (t) => {
  cleanConnectionSettings(t);
  rememberStackConfig(stackConfig({ "ovirt:url": "https://engine.example.com/ovirt-engine" }));
  process.env.OVIRT_USERNAME = "automation@internal";
  process.env.OVIRT_PASSWORD = "from-environment";
  process.env.OVIRT_INSECURE = "true";

  const settings = connectionSettingsFor(undefined);

  t.is(settings.url, "https://engine.example.com/ovirt-engine");
  t.is(settings.username, "automation@internal");
  t.is(settings.password, "from-environment");
  t.true(settings.insecure);
});

test.serial("a resource's own connection wins over stack configuration", (t) => {
  cleanConnectionSettings(t);
  rememberStackConfig(stackConfig({ "ovirt:url": "https://stack.example.com/ovirt-engine" }));
  const own = {
    url: "https://other.example.com/ovirt-engine",
    username: "u@internal",
    password: "p",
  };

  t.deepEqual(connectionSettingsFor(own), own);
  t.deepEqual(missingConnectionSettings(own), []);
});

test.serial("a missing setting lists everything to set, and where, without any secret", (t) => {
  cleanConnectionSettings(t);
  rememberStackConfig(stackConfig({ "ovirt:username": "admin@internal" }));

  const error = t.throws(() => connectionSettingsFor(undefined));

  t.deepEqual(missingConnectionSettings(undefined), ["url", "password"]);
  t.is(error?.name, "ConnectionSettingsError");
  t.regex(error?.message ?? "", /url, password are not set/);
  t.regex(error?.message ?? "", /pulumi config set --secret ovirt:password/);
  t.regex(error?.message ?? "", /OVIRT_URL, OVIRT_PASSWORD/);
  t.regex(error?.message ?? "", /`connection` argument/);
});

test.serial("insecure must read as true or false", (t) => {
  cleanConnectionSettings(t);
  rememberStackConfig(
    stackConfig({
      "ovirt:url": "https://engine.example.com/ovirt-engine",
      "ovirt:username": "admin@internal",
      "ovirt:password": "secret",
      "ovirt:insecure": "maybe",
    }),
  );

  const error = t.throws(() => connectionSettingsFor(undefined));

  t.regex(error?.message ?? "", /"insecure" must be true or false/);
});

test.serial("request timeout and concurrency bound apply to every connection", (t) => {
  cleanConnectionSettings(t);
  rememberStackConfig(stackConfig({ "ovirt:requestTimeoutMs": "1500" }));
  process.env.OVIRT_MAX_CONCURRENT_REQUESTS = "4";
  const own = {
    url: "https://other.example.com/ovirt-engine",
    username: "u@internal",
    password: "p",
  };

  const settings = connectionSettingsFor(own);

  t.is(settings.timeoutMs, 1500);
  t.is(settings.maxConcurrentRequests, 4);
});

test.serial("a request timeout that is not a whole number is refused, naming the setting", (t) => {
  cleanConnectionSettings(t);
  process.env.OVIRT_REQUEST_TIMEOUT_MS = "soon";
  const own = {
    url: "https://other.example.com/ovirt-engine",
    username: "u@internal",
    password: "p",
  };

  const error = t.throws(() => connectionSettingsFor(own));

  t.regex(
    error?.message ?? "",
    /ovirt:requestTimeoutMs \(or OVIRT_REQUEST_TIMEOUT_MS\) must be a whole number/,
  );
});
