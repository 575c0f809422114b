import test from "ava";

import { isEngineAtLeast, readEngineVersion } from "../../../provider/engine/engine-version";
import apiRoot from "./fixtures/get-api-root.json";

test("the version is read from product_info with string integers", (t) => {
  t.deepEqual(readEngineVersion(apiRoot), { major: 4, minor: 5, build: 6, full: "4.5.6-1.el9" });
});

test("without full_version the numbers are joined", (t) => {
  const root = {
    product_info: { version: { major: "4", minor: "4", build: "10", revision: "2" } },
  };

  t.deepEqual(readEngineVersion(root), { major: 4, minor: 4, build: 10, full: "4.4.10.2" });
});

test("a root without a readable version gives undefined", (t) => {
  t.is(readEngineVersion({}), undefined);
  t.is(readEngineVersion({ product_info: { version: { major: "four" } } }), undefined);
  t.is(readEngineVersion(undefined), undefined);
});

test("versions compare by major then minor", (t) => {
  const version = { major: 4, minor: 4, full: "4.4" };

  t.true(isEngineAtLeast(version, 4, 4));
  t.true(isEngineAtLeast(version, 4, 3));
  t.true(isEngineAtLeast(version, 3, 6));
  t.false(isEngineAtLeast(version, 4, 5));
  t.false(isEngineAtLeast(version, 5, 0));
});
