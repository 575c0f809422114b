import test from "ava";

import { classifyTransportFailure } from "../../../provider/engine/transport-failure";

function systemError(code: string, reason: string): Error {
  return Object.assign(new Error(`request to https://engine.test/x failed, reason: ${reason}`), {
    name: "FetchError",
    code,
    errno: code,
  });
}

test("an aborted request is a timeout", (t) => {
  const abort = Object.assign(new Error("The user aborted a request."), { name: "AbortError" });

  t.deepEqual(classifyTransportFailure(abort, 1500), {
    kind: "timeout",
    problem: "timed out after 1500 ms",
  });
});

test("resets and hang-ups are resets", (t) => {
  t.is(classifyTransportFailure(systemError("ECONNRESET", "read ECONNRESET"), 1).kind, "reset");
  t.is(classifyTransportFailure(systemError("EPIPE", "write EPIPE"), 1).kind, "reset");
  t.deepEqual(classifyTransportFailure(new Error("socket hang up"), 1), {
    kind: "reset",
    problem: "the connection was reset (socket hang up)",
  });
});

test("a refused connection is unreachable and keeps the system's words", (t) => {
  t.deepEqual(
    classifyTransportFailure(systemError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:443"), 1),
    { kind: "unreachable", problem: "connect ECONNREFUSED 127.0.0.1:443" },
  );
});

test("an untrusted certificate points at caFile and caPem", (t) => {
  const failure = classifyTransportFailure(
    systemError("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"),
    1,
  );

  t.deepEqual(failure, {
    kind: "unreachable",
    problem:
      "unable to verify the first certificate; trust the engine's CA by giving caFile or caPem",
  });
});
