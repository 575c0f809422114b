import test from "ava";
import * as io from "io-ts";
import { isLeft } from "fp-ts/Either";

import {
  checkFailuresFromErrors,
  mayHoldSecret,
  propertyPath,
} from "../../provider/check-failures";

const secretPaths = ["authentication.password", "authenticationKeys[].value"];

function errorsOf(codec: io.Mixed, value: unknown): io.Errors {
  const result = codec.decode(value);
  if (!isLeft(result)) {
    throw new Error("expected the codec to refuse the value");
  }
  return result.left;
}

test("paths join object keys with dots and list indices with brackets", (t) => {
  const codec = io.type({ authenticationKeys: io.array(io.type({ uuid: io.string })) });
  const errors = errorsOf(codec, { authenticationKeys: [{ uuid: "a" }, { uuid: 7 }] });

  t.is(propertyPath(errors[0].context), "authenticationKeys[1].uuid");
});

test("paths quote keys that are not plain identifiers", (t) => {
  const codec = io.type({ properties: io.record(io.string, io.string) });
  const errors = errorsOf(codec, { properties: { "zone.name": 1 } });

  t.is(propertyPath(errors[0].context), 'properties["zone.name"]');
});

test("the root of the arguments has an empty path", (t) => {
  const errors = errorsOf(io.type({ name: io.string }), "not an object");

  t.is(propertyPath(errors[0].context), "");
});

test("secret paths cover the path itself, what lies below it and its ancestors", (t) => {
  const listed = ["vault.code", "items[].value"];

  t.true(mayHoldSecret("vault.code", listed));
  t.true(mayHoldSecret("vault", listed));
  t.true(mayHoldSecret("items[3].value", listed));
  t.true(mayHoldSecret("items[3]", listed));
  t.true(mayHoldSecret("items", listed));
  t.false(mayHoldSecret("vault.label", listed));
  t.false(mayHoldSecret("items[3].uuid", listed));
  t.false(mayHoldSecret("url", listed));
});

const underSecretArguments = [
  "authentication",
  "authentication.username",
  "authentication.keystoneUrl",
  "agentConfiguration.host",
  "agentConfiguration.interfaceMappings[0]",
  "authenticationKeys[0].uuid",
  "authenticationKeys[1].description",
  "connection.url",
  "connection.username",
  "password",
];

for (const path of underSecretArguments) {
  test(`${path} counts as secret, since its argument is stored as one`, (t) => {
    t.true(mayHoldSecret(path, []));
  });
}

for (const path of ["name", "url", "description", "vcenter", "properties.zone", "cluster"]) {
  test(`${path} does not count as secret`, (t) => {
    t.false(mayHoldSecret(path, []));
  });
}

test("a value inside a secret argument is never quoted, whatever its field", (t) => {
  const errors: io.Errors = [
    {
      value: "broker example",
      context: [
        { key: "", type: io.unknown },
        { key: "agentConfiguration", type: io.unknown },
        { key: "host", type: io.unknown },
      ],
      message: "must be a host name",
    },
  ];

  t.deepEqual(checkFailuresFromErrors(errors, []), [
    { property: "agentConfiguration.host", reason: "must be a host name" },
  ]);
});

test("names that look like credentials count as secret even when not listed", (t) => {
  t.true(mayHoldSecret("agentConfiguration.password", []));
  t.true(mayHoldSecret("connection.accessToken", []));
});

test("a codec's message becomes the reason and a short value is quoted", (t) => {
  const errors: io.Errors = [
    {
      value: "yes",
      context: [
        { key: "", type: io.unknown },
        { key: "readOnly", type: io.boolean },
      ],
      message: "must be true or false",
    },
  ];

  t.deepEqual(checkFailuresFromErrors(errors, secretPaths), [
    { property: "readOnly", reason: 'must be true or false (got "yes")' },
  ]);
});

test("numbers and booleans are quoted, long strings and objects are not", (t) => {
  const context = (key: string): io.Context => [
    { key: "", type: io.unknown },
    { key, type: io.unknown },
  ];
  const errors: io.Errors = [
    { value: 70000, context: context("port"), message: "must be a port" },
    { value: false, context: context("name"), message: "must be a string" },
    { value: "x".repeat(41), context: context("url"), message: "must be a URL" },
    { value: { nested: true }, context: context("tenantName"), message: "must be a string" },
  ];

  t.deepEqual(checkFailuresFromErrors(errors, secretPaths), [
    { property: "port", reason: "must be a port (got 70000)" },
    { property: "name", reason: "must be a string (got false)" },
    { property: "url", reason: "must be a URL" },
    { property: "tenantName", reason: "must be a string" },
  ]);
});

test("values at secret paths are never quoted", (t) => {
  const errors: io.Errors = [
    {
      value: "hunter2",
      context: [
        { key: "", type: io.unknown },
        { key: "authentication", type: io.unknown },
        { key: "password", type: io.unknown },
      ],
      message: "must be at most 200 characters",
    },
    {
      value: "hunter2",
      context: [
        { key: "", type: io.unknown },
        { key: "authentication", type: io.unknown },
      ],
      message: "must be an object",
    },
  ];

  const failures = checkFailuresFromErrors(errors, secretPaths);

  t.deepEqual(failures, [
    { property: "authentication.password", reason: "must be at most 200 characters" },
    { property: "authentication", reason: "must be an object" },
  ]);
});

test("an error without a message names the type it expected", (t) => {
  const errors = errorsOf(io.type({ port: io.number }), { port: "5672" });

  t.deepEqual(checkFailuresFromErrors(errors, []), [
    { property: "port", reason: 'must be number (got "5672")' },
  ]);
});

test("identical failures are reported once", (t) => {
  const context: io.Context = [
    { key: "", type: io.unknown },
    { key: "url", type: io.unknown },
  ];
  const errors: io.Errors = [
    { value: undefined, context, message: "is required" },
    { value: undefined, context, message: "is required" },
  ];

  t.deepEqual(checkFailuresFromErrors(errors, []), [{ property: "url", reason: "is required" }]);
});
