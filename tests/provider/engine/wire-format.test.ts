import test from "ava";

import {
  readBoolean,
  readInteger,
  readList,
  readReference,
  writeBoolean,
  writeInteger,
} from "../../../provider/engine/wire-format";
import networkProvider from "./fixtures/get-openstack-network-provider.json";

test("string booleans from the engine decode to booleans", (t) => {
  t.true(readBoolean(networkProvider.auto_sync));
  t.false(readBoolean(networkProvider.read_only));
  t.is(readBoolean("TRUE"), true);
  t.is(readBoolean("0"), false);
  t.is(readBoolean("1"), true);
  t.is(readBoolean(false), false);
});

test("an absent or unreadable boolean decodes to undefined", (t) => {
  t.is(readBoolean(undefined), undefined);
  t.is(readBoolean(null), undefined);
  t.is(readBoolean("yes"), undefined);
  t.is(readBoolean(1), undefined);
});

test("string integers decode to numbers", (t) => {
  t.is(readInteger("5672"), 5672);
  t.is(readInteger(" -3 "), -3);
  t.is(readInteger(9696), 9696);
});

test("non-integers decode to undefined", (t) => {
  t.is(readInteger("56.5"), undefined);
  t.is(readInteger("port"), undefined);
  t.is(readInteger(""), undefined);
  t.is(readInteger(1.5), undefined);
  t.is(readInteger("99999999999999999999"), undefined);
  t.is(readInteger(undefined), undefined);
});

test("an empty engine list {} decodes to an empty array", (t) => {
  t.deepEqual(readList({}, "openstack_network_provider"), []);
  t.deepEqual(readList(undefined, "property"), []);
  t.deepEqual(readList(null, "property"), []);
  t.deepEqual(readList({ openstack_network_provider: null }, "openstack_network_provider"), []);
});

test("a list under its singular key decodes to its items", (t) => {
  t.deepEqual(readList(networkProvider.properties, "property"), [
    { name: "plugin_option", value: "on" },
  ]);
  t.deepEqual(readList({ certificate: { content: "x" } }, "certificate"), [{ content: "x" }]);
});

test("booleans and integers encode as the strings the engine writes", (t) => {
  t.is(writeBoolean(true), "true");
  t.is(writeBoolean(false), "false");
  t.is(writeInteger(5672), "5672");
});

test("a fractional integer is refused with a RangeError", (t) => {
  const error = t.throws(() => writeInteger(1.5), { instanceOf: RangeError });
  t.is(error?.message, "the engine only takes whole numbers here, not 1.5");
});

test("a reference keeps id, name and href and drops the rest", (t) => {
  t.deepEqual(readReference({ id: "dc1", href: "/ovirt-engine/api/datacenters/dc1", x: 1 }), {
    id: "dc1",
    href: "/ovirt-engine/api/datacenters/dc1",
  });
  t.deepEqual(readReference({ name: "Default" }), { name: "Default" });
  t.is(readReference(undefined), undefined);
  t.is(readReference("dc1"), undefined);
});
