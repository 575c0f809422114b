import test from "ava";

import { closestName, editDistance } from "../../../provider/codecs/closest-name";

const authenticationNames = ["username", "password", "keystoneUrl", "tenantName", "userDomainName"];

test("a swap of two neighbouring letters counts as one edit", (t) => {
  t.is(editDistance("tenantnmae", "tenantname"), 1);
  t.is(editDistance("abc", "abc"), 0);
  t.is(editDistance("", "abc"), 3);
  t.is(editDistance("kitten", "sitting"), 3);
});

test("a typo is answered with the name it was meant to be, ignoring case", (t) => {
  t.is(closestName("tenantNmae", authenticationNames), "tenantName");
  t.is(closestName("passwrd", authenticationNames), "password");
  t.is(closestName("KEYSTONEURL", authenticationNames), "keystoneUrl");
  t.is(closestName("userDomain", authenticationNames), "userDomainName");
});

test("a name unlike every known one gets no suggestion", (t) => {
  t.is(closestName("colour", authenticationNames), undefined);
  t.is(closestName("x", authenticationNames), undefined);
});

test("very long names are not compared at all", (t) => {
  t.is(closestName(`tenantName${"x".repeat(100)}`, authenticationNames), undefined);
});

test("a name cut short is completed only when one known name starts with it", (t) => {
  t.is(closestName("keystone", authenticationNames), "keystoneUrl");
  t.is(closestName("user", authenticationNames), undefined);
});
