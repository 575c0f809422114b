import test from "ava";
import { renderJson } from "../../simulator/wire-json";
import { WireDate } from "../../simulator/wire-value";

test("booleans and integers render as strings and dates as epoch milliseconds", (t) => {
  const text = renderJson({ read_only: true, port: 5672, created: new WireDate(1490266328973) });
  t.deepEqual(JSON.parse(text), { read_only: "true", port: "5672", created: 1490266328973 });
});

test("unset members and empty lists are left out", (t) => {
  const text = renderJson({ name: "a", username: undefined, comment: null, item: [] });
  t.deepEqual(JSON.parse(text), { name: "a" });
});

test("an empty collection renders as an empty object", (t) => {
  t.deepEqual(JSON.parse(renderJson({ openstack_network_provider: [] })), {});
});

test("the layout follows Jackson's pretty printer", (t) => {
  t.is(
    renderJson({ a: "1", b: [{ c: "2" }] }),
    '{\n  "a" : "1",\n  "b" : [ {\n    "c" : "2"\n  } ]\n}',
  );
});
