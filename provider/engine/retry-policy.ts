import { retryDefaults } from "./defaults";

/**
 * When an idempotent request is tried again, and how long to wait first.
 *
 * Only GET, PUT and DELETE are retried: repeating them cannot create a second object. A POST
 * that lost its answer may already have been carried out, so its caller decides (for example by
 * looking the object up by name). Retries are bounded twice over, by a count and by the time
 * since the first attempt, so a sick engine fails a `pulumi up` in minutes, not hours.
 */
export interface RetryPolicy {
  /**
   * Attempts in total, the first one included; 1 turns retries off.
   * @default 4
   */
  maxAttempts: number;
  /**
   * Delay before the first retry in milliseconds; doubled for each further retry.
   * @default 500
   */
  baseDelayMs: number;
  /**
   * Cap on a single delay in milliseconds, before jitter.
   * @default 8000
   */
  maxDelayMs: number;
  /**
   * No retry starts once this many milliseconds have passed since the first attempt.
   * @default 60000
   */
  maxElapsedMs: number;
}

/** The policy with every field the caller left out taken from the defaults. */
export function resolveRetryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: overrides.maxAttempts ?? retryDefaults.maxAttempts,
    baseDelayMs: overrides.baseDelayMs ?? retryDefaults.baseDelayMs,
    maxDelayMs: overrides.maxDelayMs ?? retryDefaults.maxDelayMs,
    maxElapsedMs: overrides.maxElapsedMs ?? retryDefaults.maxElapsedMs,
  };
}

const idempotentMethods = new Set(["GET", "PUT", "DELETE"]);

/** Gateway and availability failures: the engine (or its proxy) may well answer next time. */
const transientStatuses = new Set([502, 503, 504]);

export function isRetryableMethod(method: string): boolean {
  return idempotentMethods.has(method.toUpperCase());
}

export function isTransientStatus(status: number): boolean {
  return transientStatuses.has(status);
}

/**
 * Milliseconds to wait before retry number `retry` (1 for the first retry). Exponential, capped,
 * with "equal jitter": at least half the step, so callers that failed together spread out but
 * still back off.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  retry: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return step / 2 + (random() * step) / 2;
}

/**
 * Whether another attempt may start: there are attempts left and, after waiting `delayMs`, the
 * time since the first attempt still fits in the budget.
 */
export function mayRetry(
  policy: RetryPolicy,
  attemptsMade: number,
  elapsedMs: number,
  delayMs: number,
): boolean {
  return attemptsMade < policy.maxAttempts && elapsedMs + delayMs <= policy.maxElapsedMs;
}

/** What {@link retryTransient} needs besides the policy; injectable so tests need not wait. */
export interface RetryTools {
  policy: RetryPolicy;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Told about each failure that is about to be retried (for a debug line). */
  onRetry?: (error: unknown, attemptsMade: number, delayMs: number) => void;
}

/**
 * Runs `attemptOnce` until it succeeds, fails in a way `isTransient` rejects, or the policy's
 * count or time budget runs out; the last error is thrown as it is.
 */
export async function retryTransient<T>(
  attemptOnce: () => Promise<T>,
  isTransient: (error: unknown) => boolean,
  tools: RetryTools,
): Promise<T> {
  const started = tools.now();

  for (let attemptsMade = 1; ; attemptsMade += 1) {
    try {
      return await attemptOnce();
    } catch (error) {
      const delayMs = retryDelayMs(tools.policy, attemptsMade, tools.random);
      const elapsedMs = tools.now() - started;

      if (!isTransient(error) || !mayRetry(tools.policy, attemptsMade, elapsedMs, delayMs)) {
        throw error;
      }

      tools.onRetry?.(error, attemptsMade, delayMs);
      await tools.sleep(delayMs);
    }
  }
}
