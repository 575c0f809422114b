import type { Agent } from "node:https";
import nodeFetch from "node-fetch";

import type { Logger } from "../logger";
import { defaultLogger } from "../logger";
import { tokenDefaults } from "./defaults";
import { createEngineAgent } from "./engine-agent";
import type { EngineAnswer } from "./engine-answer";
import { readEngineAnswer } from "./engine-answer";
import type {
  EngineClient,
  EngineClientOptions,
  EngineFetch,
  EngineFetchInit,
  EngineRequestOptions,
} from "./engine-client-types";
import type { EngineConnectionSettings, ResolvedEngineConnection } from "./engine-connection";
import { readEngineUrl, resolveEngineConnection } from "./engine-connection";
import { EngineError, EngineLoginError, isEngineError, isEngineLoginError } from "./engine-error";
import type { EngineRequest } from "./engine-request";
import { engineRequestHeaders, prepareEngineRequest } from "./engine-request";
import type { EngineVersion } from "./engine-version";
import { readEngineVersion } from "./engine-version";
import type { RequestLimiter } from "./request-limiter";
import { requestLimiterFor } from "./request-limiter";
import type { RetryTools } from "./retry-policy";
import {
  isRetryableMethod,
  isTransientStatus,
  resolveRetryPolicy,
  retryTransient,
} from "./retry-policy";
import { errorWithoutSecrets, hideSecrets } from "./secret-text";
import type { SsoToken } from "./sso-answer";
import { readSsoAnswer } from "./sso-answer";
import { TokenCache } from "./token-cache";
import type { TransportFailure } from "./transport-failure";
import { classifyTransportFailure } from "./transport-failure";

export type {
  EngineClient,
  EngineClientOptions,
  EngineFetch,
  EngineFetchInit,
  EngineFetchResponse,
  EngineRequestOptions,
} from "./engine-client-types";
export type { EngineVersion } from "./engine-version";

/*
 * The one place that talks HTTP to an oVirt engine: SSO login, the API root, every REST call.
 *
 * A call takes a token (one login per engine and user, shared by concurrent callers), then a
 * slot of the engine's process-wide request bound, sends the request with a timeout and reads
 * the whole answer. A 401 means the engine dropped the session: log in again once and repeat.
 * GET, PUT and DELETE are retried with backoff on resets, timeouts and 502/503/504; POST never
 * is, since it may have been carried out (its error then says so through isAnswerLost).
 */

type Exchange =
  | { ok: true; status: number; correlationId?: string; body: string }
  | { ok: false; failure: TransportFailure; cause: unknown };

interface ClientTools extends RetryTools {
  fetch: EngineFetch;
  logger: Logger;
  agent: Agent;
  limiter: RequestLimiter;
}

/**
 * Tokens live as long as the process: one login per engine and user, whoever asks.
 *
 * TODO: tokens are never logged out, so each plugin run leaves one engine session behind until
 * the engine's session timeout ends it. Pulumi's host stops the plugin process without a hook we
 * could rely on; a fix would call POST /ovirt-engine/services/sso-logout from a shutdown hook
 * once the host offers one (or on an explicit close() the providers call at the end of a run).
 */
const tokenCache = new TokenCache(tokenDefaults.renewBeforeExpiryMs);

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class RestEngineClient implements EngineClient {
  readonly apiUrl: string;
  private readonly tokenKey: string;
  private version: Promise<EngineVersion> | undefined;

  constructor(
    private readonly connection: ResolvedEngineConnection,
    private readonly tools: ClientTools,
  ) {
    this.apiUrl = connection.apiUrl;
    this.tokenKey = `${connection.apiUrl}\n${connection.username}`;
  }

  async get(path: string, options?: EngineRequestOptions): Promise<unknown> {
    return (await this.send("GET", path, undefined, options)).value;
  }

  async post(path: string, body: unknown, options?: EngineRequestOptions): Promise<unknown> {
    return (await this.send("POST", path, body, options)).value;
  }

  async put(path: string, body: unknown, options?: EngineRequestOptions): Promise<unknown> {
    return (await this.send("PUT", path, body, options)).value;
  }

  async delete(path: string, options?: EngineRequestOptions): Promise<unknown> {
    return (await this.send("DELETE", path, undefined, options)).value;
  }

  engineVersion(): Promise<EngineVersion> {
    if (this.version === undefined) {
      const reading = this.readVersion();
      this.version = reading;

      // A failed read is not cached: the next caller asks the engine again.
      reading.catch(() => {
        if (this.version === reading) {
          this.version = undefined;
        }
      });
    }

    return this.version;
  }

  private async readVersion(): Promise<EngineVersion> {
    const { value, correlationId } = await this.send("GET", "/", undefined);
    const version = readEngineVersion(value);

    if (version === undefined) {
      throw new EngineError({
        method: "GET",
        path: "/",
        status: 200,
        reason: "Unexpected answer",
        detail: "the API root holds no product_info.version",
        correlationId,
        engineUrl: this.apiUrl,
      });
    }

    return version;
  }

  private send(
    method: EngineRequest["method"],
    path: string,
    body: unknown,
    options: EngineRequestOptions = {},
  ): Promise<{ value: unknown; correlationId: string }> {
    const request = prepareEngineRequest({
      apiUrl: this.apiUrl,
      method,
      path,
      body,
      ...(options.query === undefined ? {} : { query: options.query }),
      timeoutMs: options.timeoutMs ?? this.connection.timeoutMs,
    });
    const repeatable = isRetryableMethod(method);

    return retryTransient(
      () => this.attempt(request),
      (error) =>
        repeatable &&
        isEngineError(error) &&
        (error.answerLost || (error.status !== undefined && isTransientStatus(error.status))),
      this.tools,
    );
  }

  private async attempt(
    request: EngineRequest,
  ): Promise<{ value: unknown; correlationId: string }> {
    const token = await this.token();
    const secrets = this.secretsOf(request, token.accessToken);
    let answer = await this.exchange(request, token.accessToken);

    if (answer.status === 401) {
      // The engine dropped the session (restart, expiry, logout elsewhere): log in once more.
      tokenCache.forget(this.tokenKey, token);
      this.tools.logger.debug(`${request.method} ${request.path}: session refused, logging in`);
      const renewed = await this.token();
      secrets.push(renewed.accessToken);
      answer = await this.exchange(request, renewed.accessToken);
    }

    const value = readEngineAnswer(request, answer, this.apiUrl, secrets);
    return { value, correlationId: answer.correlationId };
  }

  /** What a request carries that no error text may show: its token, the password, body secrets. */
  private secretsOf(request: EngineRequest, accessToken: string): string[] {
    return [accessToken, this.connection.password, ...request.bodySecrets];
  }

  private async exchange(request: EngineRequest, accessToken: string): Promise<EngineAnswer> {
    const init = {
      method: request.method,
      headers: engineRequestHeaders(request, accessToken),
      ...(request.body === undefined ? {} : { body: request.body }),
    };
    const secrets = this.secretsOf(request, accessToken);
    const outcome = await this.tools.limiter.run(() =>
      this.sendOnce(request.url, init, request.timeoutMs, secrets),
    );

    if (!outcome.ok) {
      throw new EngineError({
        method: request.method,
        path: request.path,
        correlationId: request.correlationId,
        engineUrl: this.apiUrl,
        answerLost: outcome.failure.kind !== "unreachable",
        problem: outcome.failure.problem,
        cause: outcome.cause,
      });
    }

    const correlationId = outcome.correlationId ?? request.correlationId;
    this.tools.logger.debug(
      `${request.method} ${request.path} answered ${outcome.status} (correlation id ${correlationId})`,
    );
    return { status: outcome.status, correlationId, body: outcome.body };
  }

  private token(): Promise<SsoToken> {
    return tokenCache.token(this.tokenKey, () => this.login(), this.tools.now());
  }

  /** Asking for a token changes nothing on the engine, so transient failures are retried. */
  private login(): Promise<SsoToken> {
    return retryTransient(
      () => this.loginOnce(),
      (error) => isEngineLoginError(error) && error.transient,
      this.tools,
    );
  }

  private async loginOnce(): Promise<SsoToken> {
    const { engineUrl, ssoTokenUrl, username, password, timeoutMs } = this.connection;
    const form = new URLSearchParams({
      grant_type: "password",
      scope: "ovirt-app-api",
      username,
      password,
    });

    // The SSO servlet refuses any Accept other than exactly application/json.
    const headers = {
      Accept: "application/json",
      "Content-Type": "application/x-www-form-urlencoded",
    };
    const init = { method: "POST", headers, body: form.toString() };
    // The login counts against the engine's bound like any request; no slot is held while a
    // caller waits for its token, so this cannot wait on itself.
    const outcome = await this.tools.limiter.run(() =>
      this.sendOnce(ssoTokenUrl, init, timeoutMs, [password]),
    );

    if (!outcome.ok) {
      throw new EngineLoginError({
        username,
        engineUrl,
        engineText: `no answer from the SSO endpoint: ${outcome.failure.problem}`,
        transient: outcome.failure.kind !== "unreachable",
        cause: outcome.cause,
      });
    }

    const answer = readSsoAnswer(outcome.status, outcome.body);

    if (!answer.ok) {
      // A proxy in front of the SSO servlet may echo the form, password included.
      throw new EngineLoginError({
        username,
        engineUrl,
        status: outcome.status,
        ...(answer.errorCode === undefined
          ? {}
          : { errorCode: hideSecrets(answer.errorCode, [password]) }),
        engineText: hideSecrets(answer.engineText, [password]),
        transient: isTransientStatus(outcome.status),
      });
    }

    this.tools.logger.debug(`logged in to ${engineUrl} as ${username}`);
    return answer.token;
  }

  /**
   * One HTTP exchange, body included, under a timeout; never throws. `secrets` are the ones this
   * request carries, kept out of any failure text borrowed from the transport.
   */
  private async sendOnce(
    url: string,
    init: Omit<EngineFetchInit, "agent" | "signal">,
    timeoutMs: number,
    secrets: readonly string[],
  ): Promise<Exchange> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);

    try {
      const response = await this.tools.fetch(url, {
        ...init,
        agent: this.tools.agent,
        signal: controller.signal,
      });
      const body = await response.text();
      const correlationId = response.headers.get("correlation-id") ?? undefined;

      return {
        ok: true,
        status: response.status,
        body,
        ...(correlationId ? { correlationId } : {}),
      };
    } catch (error) {
      const failure = classifyTransportFailure(error, timeoutMs);
      return {
        ok: false,
        failure: { ...failure, problem: hideSecrets(failure.problem, secrets) },
        cause: errorWithoutSecrets(error, secrets),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * A new client for `settings`. It shares the engine's request bound and the user's token with
 * every other client in the process, but has its own HTTPS agent and version cache; most callers
 * want {@link getEngineClient}. Throws EngineSettingsError, naming the field, for bad settings.
 */
export function createEngineClient(
  settings: EngineConnectionSettings,
  options: EngineClientOptions = {},
): EngineClient {
  return buildClient(resolveEngineConnection(settings), options);
}

function buildClient(
  connection: ResolvedEngineConnection,
  options: EngineClientOptions,
): EngineClient {
  const logger = options.logger ?? defaultLogger;

  return new RestEngineClient(connection, {
    fetch: options.fetch ?? (nodeFetch as unknown as EngineFetch),
    logger,
    agent: createEngineAgent(connection, logger),
    limiter: requestLimiterFor(connection.apiUrl, connection.maxConcurrentRequests),
    policy: resolveRetryPolicy(options.retry),
    random: options.random ?? Math.random,
    sleep: options.sleep ?? sleepFor,
    now: options.now ?? Date.now,
    onRetry: (error, attemptsMade, delayMs) =>
      logger.debug(
        `${error instanceof Error ? error.message : String(error)}; ` +
          `attempt ${attemptsMade + 1} in ${Math.round(delayMs)} ms`,
      ),
  });
}

const clientsByEngineAndUser = new Map<
  string,
  { fingerprint: string; fetch?: EngineFetch; logger?: Logger; client: EngineClient }
>();

/**
 * The process's client for this engine and user, built on first use and shared by all callers.
 * A call with different settings (a new password, another CA, other limits) replaces it.
 * Throws EngineSettingsError, naming the field, for settings that cannot work.
 *
 * Resources ask for their client on every request, so a lookup compares the settings as given
 * and resolves them (which reads the CA file and copies the CA store) only to build a client.
 */
export function getEngineClient(
  settings: EngineConnectionSettings,
  options: EngineClientOptions = {},
): EngineClient {
  const reading = typeof settings.url === "string" ? readEngineUrl(settings.url) : undefined;
  const key = reading?.ok === true ? `${reading.apiUrl}\n${settings.username}` : undefined;
  const fingerprint = JSON.stringify([
    settings.password,
    settings.caFile ?? null,
    settings.caPem ?? null,
    settings.insecure ?? null,
    settings.maxConcurrentRequests ?? null,
    settings.timeoutMs ?? null,
    options.retry ?? {},
  ]);
  const cached = key === undefined ? undefined : clientsByEngineAndUser.get(key);

  if (
    cached !== undefined &&
    cached.fingerprint === fingerprint &&
    cached.fetch === options.fetch &&
    cached.logger === options.logger
  ) {
    return cached.client;
  }

  // Throws for settings that cannot work, the URL included, before anything is kept.
  const connection = resolveEngineConnection(settings);
  const client = buildClient(connection, options);
  clientsByEngineAndUser.set(`${connection.apiUrl}\n${connection.username}`, {
    fingerprint,
    fetch: options.fetch,
    logger: options.logger,
    client,
  });
  return client;
}
