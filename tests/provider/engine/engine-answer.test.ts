import test from "ava";

import { readEngineAnswer } from "../../../provider/engine/engine-answer";
import { prepareEngineRequest } from "../../../provider/engine/engine-request";

const engineUrl = "https://engine.example.com/ovirt-engine/api";
const request = prepareEngineRequest({
  apiUrl: engineUrl,
  method: "DELETE",
  path: "/externalhostproviders/f1",
  body: undefined,
  timeoutMs: 1,
});

test("a 2xx JSON body is parsed", (t) => {
  t.deepEqual(
    readEngineAnswer(
      request,
      { status: 200, correlationId: "c", body: '{"status":"complete"}' },
      engineUrl,
    ),
    { status: "complete" },
  );
});

test("an empty 2xx body is undefined", (t) => {
  t.is(
    readEngineAnswer(request, { status: 202, correlationId: "c", body: " " }, engineUrl),
    undefined,
  );
});

test("a failure status becomes an EngineError with the fault", (t) => {
  const body = JSON.stringify({
    reason: "Operation Failed",
    detail: "[Cannot remove provider. It is used by cluster Default.]",
  });

  const error = t.throws(() =>
    readEngineAnswer(request, { status: 409, correlationId: "remove-1", body }, engineUrl),
  );

  t.like(error, {
    name: "EngineError",
    method: "DELETE",
    path: "/externalhostproviders/f1",
    status: 409,
    reason: "Operation Failed",
    detail: "Cannot remove provider. It is used by cluster Default.",
    correlationId: "remove-1",
    engineUrl,
  });
});

test("a final 401 explains that a fresh token was refused", (t) => {
  const error = t.throws(() =>
    readEngineAnswer(request, { status: 401, correlationId: "c", body: "<html/>" }, engineUrl),
  );

  t.like(error, {
    status: 401,
    detail: "the engine refused a fresh session token too; check the user's access",
  });
});

test("a 2xx body that is not JSON is an EngineError", (t) => {
  const error = t.throws(() =>
    readEngineAnswer(request, { status: 200, correlationId: "c", body: "<action/>" }, engineUrl),
  );

  t.like(error, { status: 200, reason: "Unreadable answer", detail: "the body is not JSON" });
});
