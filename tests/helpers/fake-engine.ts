import type { ExecutionContext } from "ava";
import nock from "nock";

import type { EngineClientOptions } from "../../provider/engine/engine-client";
import type { EngineConnectionSettings } from "../../provider/engine/engine-connection";
import { captureLogLines } from "./capture-log-lines";
import type { CapturedLog } from "./capture-log-lines";
import "./no-real-network";

/** The password of every fake engine's user; tests look for it in messages and log lines. */
export const fakeEnginePassword = "pa55-w0rd-never-shown";

/**
 * A nock-backed engine at its own host name. Each test gets a distinct host, so tests of one file
 * can run concurrently while nock (which is global) keeps their interceptors apart, and the
 * process-wide token cache and request bound start empty for each.
 */
export interface FakeEngine {
  /** `https://<unique host>` */
  origin: string;
  apiUrl: string;
  settings: EngineConnectionSettings;
  /** Interceptors for this engine; paths are absolute (`/ovirt-engine/api/...`). */
  scope: nock.Scope;
  log: CapturedLog;
  /** Logger plus fast retries, for createEngineClient / getEngineClient. */
  clientOptions: EngineClientOptions;
  /** Expects `times` logins of admin@internal with the fake password, answered with `token`. */
  acceptLogin(options?: { token?: string; exp?: string; times?: number }): void;
  /** Asserts that every interceptor of this engine was used. Call it last in the test. */
  assertDone(): void;
}

let enginesMade = 0;

export function fakeEngine(
  t: ExecutionContext,
  settings: Partial<EngineConnectionSettings> = {},
): FakeEngine {
  enginesMade += 1;
  const origin = `https://engine-${enginesMade}-${process.pid}.test`;
  const scope = nock(origin);
  const log = captureLogLines();

  t.teardown(() => {
    // Leftovers of a failed test must not leak into nock's global list.
    for (const interceptor of (scope as unknown as { interceptors: nock.Interceptor[] })
      .interceptors) {
      nock.removeInterceptor(interceptor);
    }
  });

  return {
    origin,
    apiUrl: `${origin}/ovirt-engine/api`,
    settings: {
      url: `${origin}/ovirt-engine/api`,
      username: "admin@internal",
      password: fakeEnginePassword,
      ...settings,
    },
    scope,
    log,
    clientOptions: { logger: log.logger, retry: { baseDelayMs: 1, maxDelayMs: 4 } },
    acceptLogin({ token = "token-1", exp = "9223372036854775807", times = 1 } = {}) {
      scope
        .post("/ovirt-engine/sso/oauth/token", {
          grant_type: "password",
          scope: "ovirt-app-api",
          username: "admin@internal",
          password: fakeEnginePassword,
        })
        .matchHeader("accept", "application/json")
        .matchHeader("content-type", "application/x-www-form-urlencoded")
        .times(times)
        .reply(200, { access_token: token, exp, scope: "ovirt-app-api", token_type: "bearer" });
    },
    assertDone() {
      t.true(scope.isDone(), `requests never made: ${scope.pendingMocks().join(", ")}`);
    },
  };
}

/**
 * A socket-level failure for `replyWithError`. nock 14 needs an Error instance here: a plain
 * object makes its interceptor throw instead of failing the request.
 */
export function socketError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
