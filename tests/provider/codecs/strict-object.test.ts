import test from "ava";

import { checkInputs } from "../../../provider/codecs/check-inputs";
import { booleanArgument, textArgument } from "../../../provider/codecs/scalar-arguments";
import { strictObject } from "../../../provider/codecs/strict-object";
import { withDefault } from "../../../provider/codecs/with-default";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";

const Example = strictObject({
  label: "Example",
  expectation: "must be an object of Example arguments",
  required: {
    name: textArgument("name", { maxLength: 10 }),
    managed: withDefault(booleanArgument, true),
    watched: withDefault(booleanArgument, (siblings) => siblings.managed !== false),
  },
  optional: { note: textArgument("note", { maxLength: 10 }) },
  refused: { colour: "applies only to paintings" },
  rules: [
    (input) => (input.note === "loud" ? [{ path: ["note"], message: "must not be loud" }] : []),
  ],
});

const check = (news: unknown) => checkInputs(Example, [], news);

test("defaults fill in missing arguments and may depend on the other arguments", (t) => {
  t.deepEqual(check({ name: "a" }), {
    ok: true,
    inputs: { name: "a", managed: true, watched: true },
  });
  t.deepEqual(check({ name: "a", managed: false }), {
    ok: true,
    inputs: { name: "a", managed: false, watched: false },
  });
});

test("null counts as not given", (t) => {
  t.deepEqual(check({ name: "a", note: null, managed: null }), {
    ok: true,
    inputs: { name: "a", managed: true, watched: true },
  });
});

test("the preview sentinel passes for a required argument of any type", (t) => {
  t.deepEqual(check({ name: UNKNOWN_VALUE, managed: UNKNOWN_VALUE }), {
    ok: true,
    inputs: { name: UNKNOWN_VALUE, managed: UNKNOWN_VALUE, watched: true },
  });
});

test("field failures, refusals, unknown names and rules all come back together", (t) => {
  t.deepEqual(check({ managed: "no", note: "loud", colour: "red", nmae: "a" }), {
    ok: false,
    failures: [
      { property: "name", reason: "is required" },
      { property: "managed", reason: 'must be true or false (got "no")' },
      { property: "colour", reason: "applies only to paintings" },
      { property: "nmae", reason: 'is not an argument of Example; did you mean "name"?' },
      { property: "note", reason: "must not be loud" },
    ],
  });
});

test("names inherited by every object are still unknown arguments", (t) => {
  const news = JSON.parse(
    '{"name":"a","constructor":1,"__proto__":{"managed":false},"toString":2}',
  );

  t.deepEqual(check(news), {
    ok: false,
    failures: [
      {
        property: "constructor",
        reason: "is not an argument of Example (it takes name, managed, watched, note)",
      },
      {
        property: "__proto__",
        reason: "is not an argument of Example (it takes name, managed, watched, note)",
      },
      {
        property: "toString",
        reason: "is not an argument of Example (it takes name, managed, watched, note)",
      },
    ],
  });
});

test("a list in place of the arguments is refused as a whole", (t) => {
  t.deepEqual(check([{ name: "a" }]), {
    ok: false,
    failures: [{ property: "", reason: "must be an object of Example arguments" }],
  });
});
