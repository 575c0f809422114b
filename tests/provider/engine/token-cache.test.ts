import test from "ava";

import type { SsoToken } from "../../../provider/engine/sso-answer";
import { TokenCache } from "../../../provider/engine/token-cache";

function countingLogin(tokens: SsoToken[]): {
  login: () => Promise<SsoToken>;
  calls: () => number;
} {
  let calls = 0;
  return {
    login: async () => {
      const token = tokens[Math.min(calls, tokens.length - 1)];
      calls += 1;
      return token;
    },
    calls: () => calls,
  };
}

test("concurrent first callers share one login", async (t) => {
  const cache = new TokenCache(1000);
  const { login, calls } = countingLogin([{ accessToken: "a" }]);

  const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.token("k", login, 0)));

  t.is(calls(), 1);
  t.true(tokens.every((token) => token.accessToken === "a"));
});

test("a token is reused until it nears its expiry", async (t) => {
  const cache = new TokenCache(1000);
  const { login, calls } = countingLogin([
    { accessToken: "a", expiresAtMs: 10_000 },
    { accessToken: "b", expiresAtMs: 20_000 },
  ]);

  t.is((await cache.token("k", login, 0)).accessToken, "a");
  t.is((await cache.token("k", login, 8_999)).accessToken, "a");
  t.is((await cache.token("k", login, 9_000)).accessToken, "b");
  t.is(calls(), 2);
});

test("tokens are kept apart per key", async (t) => {
  const cache = new TokenCache(1000);

  t.is(
    (await cache.token("engine-1 alice", async () => ({ accessToken: "a" }), 0)).accessToken,
    "a",
  );
  t.is((await cache.token("engine-1 bob", async () => ({ accessToken: "b" }), 0)).accessToken, "b");
  t.is(
    (await cache.token("engine-1 alice", async () => ({ accessToken: "c" }), 0)).accessToken,
    "a",
  );
});

test("a failed login is not cached", async (t) => {
  const cache = new TokenCache(1000);

  await t.throwsAsync(
    cache.token("k", async () => Promise.reject(new Error("refused")), 0),
    {
      message: "refused",
    },
  );
  t.is((await cache.token("k", async () => ({ accessToken: "a" }), 0)).accessToken, "a");
});

test("forgetting a refused token makes the next caller log in again", async (t) => {
  const cache = new TokenCache(1000);
  const { login, calls } = countingLogin([{ accessToken: "a" }, { accessToken: "b" }]);

  const first = await cache.token("k", login, 0);
  cache.forget("k", first);

  t.is((await cache.token("k", login, 0)).accessToken, "b");
  t.is(calls(), 2);
});

test("forgetting a token that was already replaced keeps the new one", async (t) => {
  const cache = new TokenCache(1000);
  const { login, calls } = countingLogin([{ accessToken: "a" }, { accessToken: "b" }]);

  const first = await cache.token("k", login, 0);
  cache.forget("k", first);
  await cache.token("k", login, 0);
  cache.forget("k", first);

  t.is((await cache.token("k", login, 0)).accessToken, "b");
  t.is(calls(), 2);
});
