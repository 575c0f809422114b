import test from "ava";

import type { RetryPolicy } from "../../../provider/engine/retry-policy";
import {
  isRetryableMethod,
  isTransientStatus,
  mayRetry,
  resolveRetryPolicy,
  retryDelayMs,
  retryTransient,
} from "../../../provider/engine/retry-policy";

const policy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 300,
  maxElapsedMs: 1000,
};

test("the default policy is bounded in count and time", (t) => {
  t.deepEqual(resolveRetryPolicy(), {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    maxElapsedMs: 60000,
  });
  t.is(resolveRetryPolicy({ maxAttempts: 1 }).maxAttempts, 1);
});

test("only GET, PUT and DELETE are retryable", (t) => {
  t.true(isRetryableMethod("GET"));
  t.true(isRetryableMethod("put"));
  t.true(isRetryableMethod("DELETE"));
  t.false(isRetryableMethod("POST"));
  t.false(isRetryableMethod("PATCH"));
});

test("only 502, 503 and 504 are transient statuses", (t) => {
  t.deepEqual([400, 401, 404, 409, 500, 502, 503, 504].filter(isTransientStatus), [502, 503, 504]);
});

test("delays double per retry up to the cap, with jitter in the upper half", (t) => {
  t.deepEqual(
    [1, 2, 3, 4].map((retry) => retryDelayMs(policy, retry, () => 0)),
    [50, 100, 150, 150],
  );
  t.deepEqual(
    [1, 2, 3, 4].map((retry) => retryDelayMs(policy, retry, () => 1)),
    [100, 200, 300, 300],
  );
});

test("a retry needs an attempt left and time left in the budget", (t) => {
  t.true(mayRetry(policy, 1, 0, 100));
  t.false(mayRetry(policy, 4, 0, 100));
  t.true(mayRetry(policy, 2, 900, 100));
  t.false(mayRetry(policy, 2, 901, 100));
});

function instantTools(clock = { now: 0 }) {
  const waits: number[] = [];
  return {
    waits,
    tools: {
      policy,
      random: () => 0,
      now: () => clock.now,
      sleep: async (ms: number) => {
        waits.push(ms);
        clock.now += ms;
      },
    },
  };
}

test("transient failures are retried until the attempt succeeds", async (t) => {
  const { waits, tools } = instantTools();
  let attempts = 0;

  const result = await retryTransient(
    async () => {
      attempts += 1;
      if (attempts < 3) throw new Error("transient");
      return "done";
    },
    () => true,
    tools,
  );

  t.is(result, "done");
  t.is(attempts, 3);
  t.deepEqual(waits, [50, 100]);
});

test("the last error is thrown once the attempts run out", async (t) => {
  const { waits, tools } = instantTools();
  let attempts = 0;

  await t.throwsAsync(
    retryTransient(
      async () => {
        attempts += 1;
        throw new Error(`failure ${attempts}`);
      },
      () => true,
      tools,
    ),
    { message: "failure 4" },
  );
  t.deepEqual(waits, [50, 100, 150]);
});

test("no retry starts once the time budget is spent", async (t) => {
  const clock = { now: 0 };
  const { waits, tools } = instantTools(clock);
  let attempts = 0;

  await t.throwsAsync(
    retryTransient(
      async () => {
        attempts += 1;
        clock.now += 600;
        throw new Error("slow failure");
      },
      () => true,
      tools,
    ),
  );
  t.is(attempts, 2);
  t.deepEqual(waits, [50]);
});

test("a failure that is not transient is thrown at once", async (t) => {
  const { waits, tools } = instantTools();
  let attempts = 0;

  await t.throwsAsync(
    retryTransient(
      async () => {
        attempts += 1;
        throw new Error("permanent");
      },
      () => false,
      tools,
    ),
    { message: "permanent" },
  );
  t.is(attempts, 1);
  t.deepEqual(waits, []);
});
