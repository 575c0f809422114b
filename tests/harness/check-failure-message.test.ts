import test from "ava";

import { checkFailureMessage, describeValue } from "./check-failure-message";
import { secret } from "./property-values";

test("a check failure names type, resource, property and reason", (t) => {
  t.is(
    checkFailureMessage("pkg:index:Thing", "web", "url", "ftp://host", "must be an https URL"),
    "pkg:index:Thing resource 'web': property url value {ftp://host} has a problem: " +
      "must be an https URL",
  );
});

test("a secret value prints as [secret]", (t) => {
  t.is(describeValue(secret("hunter2")), "[secret]");
});

test("a secret nested in an object or list prints as [secret] and nothing of its text", (t) => {
  const value = {
    username: "admin",
    password: secret("hunter2"),
    keys: [{ uuid: "k1", value: secret({ nested: "AQAB-key" }) }],
  };

  const described = describeValue(value);

  t.is(
    described,
    '{"username":"admin","password":"[secret]","keys":[{"uuid":"k1","value":"[secret]"}]}',
  );
  t.false(described.includes("hunter2"));
  t.false(described.includes("AQAB-key"));
});

test("a missing value prints as nothing and other values as JSON", (t) => {
  t.is(describeValue(undefined), "");
  t.is(describeValue(null), "");
  t.is(describeValue(7), "7");
  t.is(describeValue([1, "a"]), '[1,"a"]');
});
