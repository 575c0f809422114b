import test from "ava";

import {
  EngineError,
  EngineLoginError,
  EngineSettingsError,
  isAnswerLost,
  isEngineError,
  isEngineLoginError,
  isEngineNotFound,
  isEngineSettingsError,
} from "../../../provider/engine/engine-error";

const request = {
  method: "POST",
  path: "/openstacknetworkproviders",
  correlationId: "c0ffee",
  engineUrl: "https://engine.example.com/ovirt-engine/api",
};

test("an engine refusal names the request, status, fault and correlation id", (t) => {
  const error = new EngineError({
    ...request,
    status: 409,
    reason: "Operation Failed",
    detail: "Cannot add provider. The provider name is already in use.",
  });

  t.is(
    error.message,
    "POST /openstacknetworkproviders on engine https://engine.example.com/ovirt-engine/api " +
      "failed with HTTP 409: Operation Failed: Cannot add provider. The provider name is already " +
      "in use. (correlation id c0ffee)",
  );
  t.is(error.name, "EngineError");
  t.like(error, { status: 409, reason: "Operation Failed", answerLost: false });
});

test("a lost answer says the engine may have carried the request out", (t) => {
  const cause = new Error("socket hang up");
  const error = new EngineError({
    ...request,
    answerLost: true,
    problem: "the connection was reset (ECONNRESET)",
    cause,
  });

  t.is(
    error.message,
    "POST /openstacknetworkproviders on engine https://engine.example.com/ovirt-engine/api got " +
      "no answer: the connection was reset (ECONNRESET); the engine may have carried it out, so " +
      "look the object up before trying again (correlation id c0ffee)",
  );
  t.is(error.status, undefined);
  t.is(error.cause, cause);
  t.true(isAnswerLost(error));
});

test("guards recognise errors by name, not by class", (t) => {
  const foreign = { name: "EngineError", status: 404, answerLost: false };

  t.true(isEngineError(foreign));
  t.true(isEngineNotFound(foreign));
  t.false(isAnswerLost(foreign));
  t.false(isEngineError(new Error("plain")));
  t.false(isEngineError(undefined));
  t.false(isEngineNotFound({ name: "EngineError", status: 409 }));
  t.true(isEngineLoginError({ name: "EngineLoginError" }));
  t.true(isEngineSettingsError(new EngineSettingsError("url", "must be set")));
});

test("a login error names the user, the engine and the engine's own text", (t) => {
  const error = new EngineLoginError({
    username: "admin@internal",
    engineUrl: "https://engine.example.com/ovirt-engine",
    status: 400,
    errorCode: "access_denied",
    engineText: "Cannot authenticate user 'admin@internal': Unable to log in.",
  });

  t.is(
    error.message,
    "Login to oVirt engine https://engine.example.com/ovirt-engine as admin@internal failed: " +
      "Cannot authenticate user 'admin@internal': Unable to log in. (access_denied)",
  );
  t.is(error.name, "EngineLoginError");
  t.false(error.transient);
  t.false(isEngineError(error));
});

test("a lost GET answer gives no advice about duplicates", (t) => {
  const error = new EngineError({
    ...request,
    method: "GET",
    answerLost: true,
    problem: "timed out after 50 ms",
  });

  t.is(
    error.message,
    "GET /openstacknetworkproviders on engine https://engine.example.com/ovirt-engine/api got " +
      "no answer: timed out after 50 ms (correlation id c0ffee)",
  );
  t.true(isAnswerLost(error));
});
