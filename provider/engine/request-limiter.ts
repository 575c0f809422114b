/**
 * A bound on the requests in flight to one engine, shared by everything in the process.
 *
 * Pulumi runs resource operations in parallel, and every resource of a stack goes through the
 * same plugin process; without a bound, a large stack would open dozens of sessions at once
 * against an engine that serves its UI from the same threads. Waiters are served in arrival order.
 */
export class RequestLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private maxRunning: number) {}

  get limit(): number {
    return this.maxRunning;
  }

  /** Requests holding a slot right now. */
  get active(): number {
    return this.running;
  }

  /** Keeps the smaller limit, so no caller sees more parallelism than it asked for. */
  lowerLimitTo(limit: number): void {
    this.maxRunning = Math.min(this.maxRunning, limit);
  }

  /** Runs `task` once a slot is free, and frees the slot however the task ends. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();

    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.maxRunning) {
      this.running += 1;
      return Promise.resolve();
    }

    // The slot is handed over by release(), so `running` stays counted for the waiter.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    // Hand the slot straight to the next waiter, unless the limit was lowered meanwhile.
    const next = this.running <= this.maxRunning ? this.waiting.shift() : undefined;

    if (next !== undefined) {
      next();
      return;
    }

    this.running -= 1;
  }
}

const limitersByEngine = new Map<string, RequestLimiter>();

/**
 * The process-wide limiter of the engine at `apiUrl`. When callers ask for different limits, the
 * smallest one wins.
 */
export function requestLimiterFor(apiUrl: string, limit: number): RequestLimiter {
  const existing = limitersByEngine.get(apiUrl);

  if (existing !== undefined) {
    existing.lowerLimitTo(limit);
    return existing;
  }

  const limiter = new RequestLimiter(limit);
  limitersByEngine.set(apiUrl, limiter);
  return limiter;
}
