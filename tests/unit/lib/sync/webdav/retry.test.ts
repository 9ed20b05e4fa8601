import { describe, expect, it } from 'vitest';
import { RemoteError } from '@/lib/sync/remote';
import { AnswerError, parseRetryAfter } from '@/lib/sync/webdav/errors';
import { DEFAULT_RETRY, retryDelay, withRetry, type RetryTools } from '@/lib/sync/webdav/retry';

const tools = (random: number, slept: number[] = []): RetryTools => ({
  policy: DEFAULT_RETRY,
  random: () => random,
  sleep: async (ms) => void slept.push(ms),
});

describe('retry timing', () => {
  it('backs off exponentially, with jitter between half and all of the step, up to the cap', () => {
    const conflict = new RemoteError('conflict', 'locked', 423);
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(conflict, n, tools(0)))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(conflict, n, tools(0.9999)))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('retries only conflicts, server errors and network failures', () => {
    for (const kind of [
      'auth',
      'forbidden',
      'not-found',
      'not-webdav',
      'redirect',
      'too-large',
      'bad-address',
    ] as const) {
      expect(retryDelay(new RemoteError(kind, kind), 1, tools(0.5)), kind).toBeUndefined();
    }
    expect(retryDelay(new TypeError('a bug'), 1, tools(0.5))).toBeUndefined();
    expect(retryDelay(new RemoteError('server', 'full', 507), 1, tools(0.5))).toBeUndefined();
    expect(retryDelay(new RemoteError('network', 'down'), 1, tools(0.5))).toBe(750);
  });

  it("takes the server's Retry-After instead of the backoff, unless it is longer than the cap", () => {
    expect(retryDelay(new AnswerError('server', 'busy', 503, 12_000), 1, tools(0.5))).toBe(12_000);
    expect(retryDelay(new AnswerError('server', 'busy', 503, 20_001), 1, tools(0.5))).toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('stops after the last attempt with the last error', async () => {
    const slept: number[] = [];
    let attempts = 0;
    const run = withRetry(tools(0.5, slept), async (n) => {
      attempts = n;
      throw new RemoteError('server', `try ${n}`, 500);
    });
    await expect(run).rejects.toThrow('try 4');
    expect(attempts).toBe(4);
    expect(slept).toEqual([750, 1500, 3000]);
  });
});
