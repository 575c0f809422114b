import test from "ava";

import { createLimiter } from "./concurrency-limit";
import { deleteInDependencyOrder } from "./delete-order";
import type { StoredResource } from "./deployment-state";

function resource(urn: string, dependencies: string[] = [], parent?: string): StoredResource {
  return { urn, type: "t", custom: true, id: urn, parent, inputs: {}, outputs: {}, dependencies };
}

// A delete that finishes only when the test says so, to observe what runs at the same time.
function controlledDeletes() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const deleteOne = (item: StoredResource) =>
    new Promise<void>((resolve) => {
      started.push(item.urn);
      finishers.set(item.urn, resolve);
    });
  const finish = async (urn: string) => {
    finishers.get(urn)!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, deleteOne, finish };
}

test("dependents and children are deleted before what they depend on", async (t) => {
  const base = resource("base");
  const user = resource("user", ["base"]);
  const child = resource("child", [], "user");
  const { started, deleteOne, finish } = controlledDeletes();

  const done = deleteInDependencyOrder([base, user, child], deleteOne);
  await new Promise((resolve) => setImmediate(resolve));
  t.deepEqual(started, ["child"]);
  await finish("child");
  t.deepEqual(started, ["child", "user"]);
  await finish("user");
  await finish("base");
  await done;

  t.deepEqual(started, ["child", "user", "base"]);
});

test("independent deletes run at the same time", async (t) => {
  const { started, deleteOne, finish } = controlledDeletes();

  const done = deleteInDependencyOrder([resource("a"), resource("b")], deleteOne);
  await new Promise((resolve) => setImmediate(resolve));

  t.deepEqual(started, ["a", "b"]);
  await finish("a");
  await finish("b");
  await done;
});

test("a failed delete keeps what it depends on and is reported", async (t) => {
  const deleted: string[] = [];
  const deleteOne = async (item: StoredResource) => {
    if (item.urn === "user") throw new Error("user is still in use");
    deleted.push(item.urn);
  };

  await t.throwsAsync(
    deleteInDependencyOrder(
      [resource("base"), resource("user", ["base"]), resource("x")],
      deleteOne,
    ),
    { message: "user is still in use" },
  );
  t.deepEqual(deleted, ["x"]);
});

test("the limiter never runs more tasks than its limit", async (t) => {
  const limit = createLimiter(2);
  let running = 0;
  let highest = 0;
  const task = async () => {
    running++;
    highest = Math.max(highest, running);
    await new Promise((resolve) => setImmediate(resolve));
    running--;
  };

  await Promise.all([1, 2, 3, 4, 5].map(() => limit(task)));

  t.is(highest, 2);
});
