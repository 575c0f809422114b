import test from "ava";

import { fromCheckpointValue, toCheckpointValue } from "./checkpoint-values";
import {
  annotateSecrets,
  containsSecrets,
  markSecretOutputs,
  sameValues,
  secret,
  stripSecrets,
  UNKNOWN_VALUE,
} from "./property-values";
import { fromStruct, toStruct } from "./struct-values";

test("stripping secrets keeps every value and removes every wrapper", (t) => {
  const value = { a: secret("x"), b: [secret({ c: secret(1) })], d: "plain" };

  t.deepEqual(stripSecrets(value), { a: "x", b: [{ c: 1 }], d: "plain" });
});

test("outputs become secret where the input of the same name was, at any depth", (t) => {
  const inputs = {
    password: secret("p"),
    nested: { key: secret("k"), open: "o" },
    list: [secret("first"), "second"],
  };
  const outputs = {
    password: "p",
    nested: { key: "k", open: "o" },
    list: ["first", "second"],
    derived: "p-derived",
  };

  t.deepEqual(annotateSecrets(outputs, inputs), {
    password: secret("p"),
    nested: { key: secret("k"), open: "o" },
    list: [secret("first"), "second"],
    derived: "p-derived",
  });
});

test("additional secret outputs are wrapped once", (t) => {
  const marked = markSecretOutputs({ token: "t", already: secret("s"), open: 1 }, [
    "token",
    "already",
  ]);

  t.deepEqual(marked, { token: secret("t"), already: secret("s"), open: 1 });
});

test("a checkpoint holds secrets as ciphertext and reads them back", (t) => {
  const value = { password: secret("hunter2"), list: [secret({ key: "v" })], open: "o" };

  const stored = toCheckpointValue(value);

  t.false(JSON.stringify(stored).includes("hunter2"));
  t.true(containsSecrets(stored));
  t.deepEqual(fromCheckpointValue(stored), value);
});

test("structs drop undefined and carry the unknown sentinel and secrets unchanged", (t) => {
  const struct = toStruct({
    gone: undefined,
    unknown: UNKNOWN_VALUE,
    hidden: secret("s"),
    n: [1, undefined],
  });

  t.deepEqual(fromStruct(struct), { unknown: UNKNOWN_VALUE, hidden: secret("s"), n: [1, null] });
});

test("values compare equal regardless of key order and secret wrappers", (t) => {
  t.true(sameValues({ a: 1, b: { c: secret("x"), d: 2 } }, { b: { d: 2, c: "x" }, a: 1 }));
  t.false(sameValues({ a: 1 }, { a: 2 }));
});
