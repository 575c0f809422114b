import test from "ava";

import { errorWithoutSecrets, hideSecrets } from "../../../provider/engine/secret-text";

test("secrets are hidden in plain and URL-encoded form", (t) => {
  const text = "body: username=admin%40internal&password=p%40ss+word&x=p@ss word; token tok-1";

  t.is(
    hideSecrets(text, ["p@ss word", "tok-1"]),
    "body: username=admin%40internal&password=***&x=***; token ***",
  );
});

test("an empty secret changes nothing", (t) => {
  t.is(hideSecrets("unchanged", [""]), "unchanged");
});

test("an error without secrets is kept as it is", (t) => {
  const error = new Error("connect ECONNREFUSED");

  t.is(errorWithoutSecrets(error, ["hunter2"]), error);
});

test("an error holding a secret is replaced by a clean stand-in", (t) => {
  const error = Object.assign(new Error("no match for body password=hunter2"), {
    name: "FetchError",
    code: "ERR_NOCK_NO_MATCH",
  });

  const cleaned = errorWithoutSecrets(error, ["hunter2"]) as Error & { code?: string };

  t.not(cleaned, error);
  t.is(cleaned.message, "no match for body password=***");
  t.is(cleaned.name, "FetchError");
  t.is(cleaned.code, "ERR_NOCK_NO_MATCH");
  t.false(cleaned.stack?.includes("hunter2"));
});
