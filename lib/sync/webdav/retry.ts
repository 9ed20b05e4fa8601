import { RemoteError } from '../remote';
import { AnswerError } from './errors';

export interface RetryPolicy {
  /** Tries per request, the first included. */
  maxAttempts: number;
  /** The wait before the second try; it doubles for each try after. */
  baseDelayMs: number;
  /** No backoff wait is longer than this. */
  maxDelayMs: number;
  /**
   * The longest Retry-After we wait for; a server asking for longer gets no retry now (the next
   * scheduled sync comes back). Chrome stops an extension's service worker that stays idle for
   * 30 s, so waiting longer than that in one sync would only get the worker killed.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxRetryAfterMs: 20_000,
};

export interface RetryTools {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1), for jitter, so browsers that failed together do not come back together. */
  random: () => number;
}

/**
 * Runs `attempt` (given its 1-based number) until it succeeds, fails in a way retrying cannot
 * fix, or has run `maxAttempts` times. Only conflicts (409/412/423), server errors and network
 * failures are retried; 401/403, redirects, HTML answers and oversized files fail at once.
 */
export async function withRetry<T>(tools: RetryTools, attempt: (n: number) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const wait = n < tools.policy.maxAttempts ? retryDelay(error, n, tools) : undefined;
      if (wait === undefined) throw error;
      await tools.sleep(wait);
    }
  }
}

/** How long to wait before try n + 1, or undefined when `error` is not worth another try. */
export function retryDelay(error: unknown, n: number, { policy, random }: RetryTools): number | undefined {
  if (!(error instanceof RemoteError) || !error.retryable) return undefined;
  // A full disk does not empty itself within seconds.
  if (error.status === 507) return undefined;
  const asked = error instanceof AnswerError ? error.retryAfterMs : undefined;
  if (asked !== undefined) return asked <= policy.maxRetryAfterMs ? asked : undefined;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
  // "Equal jitter": at least half the backoff, so retries never bunch up near zero.
  return Math.round(backoff / 2 + (backoff / 2) * random());
}
