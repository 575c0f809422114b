import test from "ava";

import { readEngineFault, stripListBrackets } from "../../../provider/engine/engine-fault";

test("a backend validation fault loses the list brackets around its detail", (t) => {
  const body = JSON.stringify({
    reason: "Operation Failed",
    detail:
      "[Cannot add provider. The provider name is already in use, please choose a unique name and try again.]",
  });

  t.deepEqual(readEngineFault(body), {
    reason: "Operation Failed",
    detail:
      "Cannot add provider. The provider name is already in use, please choose a unique name and try again.",
  });
});

test("a fault carried inside a failed action is read", (t) => {
  const body = JSON.stringify({
    status: "failed",
    fault: { reason: "Operation Failed", detail: "[Failed to communicate with the provider.]" },
  });

  t.deepEqual(readEngineFault(body), {
    reason: "Operation Failed",
    detail: "Failed to communicate with the provider.",
  });
});

test("a detail without brackets is kept as it is", (t) => {
  const body =
    '{"reason":"Input validation failed.","detail":"Parameter \'provider.name\' is mandatory but was not provided."}';

  t.deepEqual(readEngineFault(body), {
    reason: "Input validation failed.",
    detail: "Parameter 'provider.name' is mandatory but was not provided.",
  });
});

test("empty, HTML and malformed bodies hold no fault", (t) => {
  t.deepEqual(readEngineFault(""), {});
  t.deepEqual(readEngineFault("<html><body>Unauthorized</body></html>"), {});
  t.deepEqual(readEngineFault("{not json"), {});
  t.deepEqual(readEngineFault('{"reason": 3}'), {});
});

test("a short plain-text body becomes the detail, a long one is cut", (t) => {
  t.deepEqual(readEngineFault("Service Unavailable\n"), { detail: "Service Unavailable" });
  t.is(readEngineFault("x".repeat(400)).detail, `${"x".repeat(300)}...`);
});

test("only outer brackets are stripped", (t) => {
  t.is(stripListBrackets(" [first, second] "), "first, second");
  t.is(stripListBrackets("[partial"), "[partial");
  t.is(stripListBrackets("value [x]"), "value [x]");
});

const SECRETS = ["bearer-token-123", "pa55-w0rd"];

test("secrets a proxy echoes into a fault are hidden in its reason and detail", (t) => {
  const body = JSON.stringify({
    reason: "Bad Request: Authorization: Bearer bearer-token-123",
    detail: "[echoed form: username=admin%40internal&password=pa55-w0rd]",
  });

  t.deepEqual(readEngineFault(body, SECRETS), {
    reason: "Bad Request: Authorization: Bearer ***",
    detail: "echoed form: username=admin%40internal&password=***",
  });
});

test("a secret in a plain-text body is hidden before the body is cut", (t) => {
  // Cut first, the 300-character limit would fall inside the token and leave "bearer-to" behind.
  t.is(
    readEngineFault(`${"x".repeat(290)} bearer-token-123 tail`, SECRETS).detail,
    `${"x".repeat(290)} *** tail`,
  );
  t.is(
    readEngineFault(`${"y".repeat(400)} Bearer bearer-token-123`, SECRETS).detail,
    `${"y".repeat(300)}...`,
  );
});
