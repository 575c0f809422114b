import test from "ava";

import { readSsoAnswer } from "../../../provider/engine/sso-answer";

test("a token answer gives the token and its expiry in epoch milliseconds", (t) => {
  const body = JSON.stringify({
    token_type: "bearer",
    exp: "1493207433000",
    scope: "ovirt-app-api ovirt-ext=token-info:validate",
    access_token: "opaque-token",
  });

  t.deepEqual(readSsoAnswer(200, body), {
    ok: true,
    token: { accessToken: "opaque-token", expiresAtMs: 1493207433000 },
  });
});

test("a token without a usable exp has no expiry", (t) => {
  for (const exp of [undefined, "soon", "0"]) {
    const answer = readSsoAnswer(200, JSON.stringify({ access_token: "tok", exp }));
    t.deepEqual(answer, { ok: true, token: { accessToken: "tok", expiresAtMs: undefined } });
  }
});

test("the API-scope error shape reads error_code as the code and error as the text", (t) => {
  const body = JSON.stringify({
    error_code: "access_denied",
    error: "Cannot authenticate user 'admin@internal': Unable to log in.",
  });

  t.deepEqual(readSsoAnswer(400, body), {
    ok: false,
    errorCode: "access_denied",
    engineText: "Cannot authenticate user 'admin@internal': Unable to log in.",
  });
});

test("the OAuth error shape reads error as the code and error_description as the text", (t) => {
  const body = JSON.stringify({
    error: "invalid_request",
    error_description: "Missing parameter: 'Accept Header'",
  });

  t.deepEqual(readSsoAnswer(400, body), {
    ok: false,
    errorCode: "invalid_request",
    engineText: "Missing parameter: 'Accept Header'",
  });
});

test("an answer without JSON points at the url", (t) => {
  t.deepEqual(readSsoAnswer(404, "<html>Not Found</html>"), {
    ok: false,
    engineText:
      "the SSO endpoint answered HTTP 404 without JSON; check that the url points at the engine",
  });
});

test("a JSON answer with neither token nor error names the status", (t) => {
  t.deepEqual(readSsoAnswer(200, "{}"), {
    ok: false,
    engineText: "HTTP 200 without an access token",
  });
});
