import test from "ava";

import { RequestLimiter, requestLimiterFor } from "../../../provider/engine/request-limiter";

function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

test("no more tasks run at once than the limit", async (t) => {
  const limiter = new RequestLimiter(3);
  const release = gate();
  let running = 0;
  let highest = 0;

  const tasks = Array.from({ length: 10 }, () =>
    limiter.run(async () => {
      running += 1;
      highest = Math.max(highest, running);
      await release.opened;
      running -= 1;
    }),
  );

  await new Promise((resolve) => setImmediate(resolve));
  t.is(limiter.active, 3);
  release.open();
  await Promise.all(tasks);

  t.is(highest, 3);
  t.is(limiter.active, 0);
});

test("waiting tasks start in arrival order", async (t) => {
  const limiter = new RequestLimiter(1);
  const order: number[] = [];

  await Promise.all(
    [1, 2, 3, 4].map((n) =>
      limiter.run(async () => {
        order.push(n);
      }),
    ),
  );

  t.deepEqual(order, [1, 2, 3, 4]);
});

test("a failing task frees its slot", async (t) => {
  const limiter = new RequestLimiter(1);

  await t.throwsAsync(
    limiter.run(async () => {
      throw new Error("task failed");
    }),
  );
  t.is(await limiter.run(async () => "next ran"), "next ran");
  t.is(limiter.active, 0);
});

test("one limiter serves each engine process-wide and the smallest limit wins", (t) => {
  const first = requestLimiterFor("https://limits.test/ovirt-engine/api", 8);
  const second = requestLimiterFor("https://limits.test/ovirt-engine/api", 3);
  const other = requestLimiterFor("https://other.test/ovirt-engine/api", 5);

  t.is(first, second);
  t.is(first.limit, 3);
  t.not(first, other);
  t.is(other.limit, 5);
});

test("a lowered limit holds back waiters until enough slots are free", async (t) => {
  const limiter = new RequestLimiter(2);
  const release = gate();
  let running = 0;
  let highestAfterLowering = 0;

  const first = [1, 2].map(() =>
    limiter.run(async () => {
      running += 1;
      await release.opened;
      running -= 1;
    }),
  );
  limiter.lowerLimitTo(1);
  const later = [3, 4].map(() =>
    limiter.run(async () => {
      running += 1;
      highestAfterLowering = Math.max(highestAfterLowering, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    }),
  );

  release.open();
  await Promise.all([...first, ...later]);

  t.is(highestAfterLowering, 1);
});
