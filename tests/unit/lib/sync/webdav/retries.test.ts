import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createWebDavRemote } from '@/lib/sync/webdav';
import { answerWith } from '../../../../support/webdav/fault-server';
import { rawNames } from './contract';
import { faultBench } from './fault-setup';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the WebDAV client retries what time can fix, a bounded number of times', () => {
  const bench = faultBench();

  it('lands a write that meets 412 twice, after three PUTs and backoff waits that double', async () => {
    bench.faults.inject({ method: 'PUT', times: 2, fault: answerWith(412) });
    await bench.client().put('retried-412.chg', bytes('landed'));
    expect(bench.count('PUT')).toBe(3);
    expect(bench.slept).toEqual([750, 1500]);
    expect(await bench.client().get('retried-412.chg', 100)).toEqual(bytes('landed'));
  });

  it('retries 423 Locked and 500 on a read the same way', async () => {
    await bench.client().put('locked.chg', bytes('read me'));
    bench.faults.reset();
    bench.faults.inject(
      { method: 'GET', times: 1, fault: answerWith(423) },
      { method: 'GET', times: 1, fault: answerWith(500) },
    );
    expect(await bench.client().get('locked.chg', 100)).toEqual(bytes('read me'));
    expect(bench.count('GET')).toBe(3);
  });

  it('gives a server that keeps failing exactly four tries, then reports a server error', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: Infinity, fault: answerWith(503) });
    const error = await bench.failure(bench.client().list('anything'));
    expect([error.kind, error.status, error.retryable]).toEqual(['server', 503, true]);
    expect(error.message).toMatch(/failed while trying to list the folder anything \(503/);
    expect(bench.count('PROPFIND')).toBe(4);
    expect(bench.slept).toEqual([750, 1500, 3000]);
  });

  it('keeps to the configured number of tries', async () => {
    bench.faults.inject({ method: 'DELETE', times: Infinity, fault: answerWith(409) });
    const error = await bench.failure(bench.client({ retry: { maxAttempts: 2 } }).remove('x'));
    expect(error.kind).toBe('conflict');
    expect(bench.count('DELETE')).toBe(2);
  });

  it('waits as long as Retry-After asks', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: 1, fault: answerWith(503, { 'retry-after': '3' }) });
    expect(await bench.client().list('')).toBeInstanceOf(Array);
    expect(bench.slept).toEqual([3000]);
  });

  it('does not wait for a Retry-After past the cap, and does not retry at once either', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: Infinity, fault: answerWith(429, { 'retry-after': '3600' }) });
    const error = await bench.failure(bench.client().list(''));
    expect([error.kind, error.status]).toEqual(['server', 429]);
    expect(bench.count('PROPFIND')).toBe(1);
    expect(bench.slept).toEqual([]);
  });

  it('does not retry a full disk (507)', async () => {
    bench.faults.inject({ method: 'PUT', times: Infinity, fault: answerWith(507) });
    const error = await bench.failure(bench.client().put('full.chg', bytes('x')));
    expect(error.message).toMatch(/no space left/);
    expect(bench.count('PUT')).toBe(1);
  });

  it('retries a dropped connection', async () => {
    await bench.client().put('dropped.chg', bytes('still here'));
    bench.faults.reset();
    bench.faults.inject({ method: 'GET', times: 1, fault: { kind: 'drop' } });
    expect(await bench.client().get('dropped.chg', 100)).toEqual(bytes('still here'));
    expect(bench.count('GET')).toBe(2);
  });

  it('times out a server that never answers, and gives up after the tries allowed', async () => {
    bench.faults.inject({ method: 'GET', times: Infinity, fault: { kind: 'hang' } });
    const error = await bench.failure(bench.client({ timeoutMs: 150, retry: { maxAttempts: 2 } }).get('slow.chg', 100));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(
      /^127\.0\.0\.1:\d+ did not answer within 150 ms while Backstory tried to read slow\.chg/,
    );
    expect(bench.count('GET')).toBe(2);
  });

  it('notices a body cut short of its Content-Length and reads it again', async () => {
    await bench.client().put('short.chg', bytes('the whole file'));
    bench.faults.reset();
    bench.faults.inject({ method: 'GET', times: 1, fault: { kind: 'cut-short', declared: 1000, sent: 10 } });
    expect(await bench.client().get('short.chg', 2000)).toEqual(bytes('the whole file'));
    expect(bench.count('GET')).toBe(2);
  });

  it('reports a body that is always cut short as a network error after four tries', async () => {
    bench.faults.inject({ method: 'GET', times: Infinity, fault: { kind: 'cut-short', declared: 1000, sent: 10 } });
    const error = await bench.failure(bench.client().get('short.chg', 2000));
    expect(error.kind).toBe('network');
    expect(bench.count('GET')).toBe(4);
  });

  it('finishes a write whose MOVE answer was lost: the retry finds the file already in place', async () => {
    bench.faults.inject({ method: 'MOVE', times: 1, fault: { kind: 'lose-answer' } });
    await bench.client().put('moved-once.chg', bytes('moved'));
    expect(bench.count('MOVE')).toBe(2);
    expect(bench.count('HEAD')).toBe(1);
    expect(await bench.client().get('moved-once.chg', 100)).toEqual(bytes('moved'));
    expect((await rawNames(bench.account(), '')).filter((name) => name.includes('moved-once'))).toEqual([
      'moved-once.chg',
    ]);
  });

  it('does not take a 404 on a retried MOVE for success when the file is not in place', async () => {
    bench.faults.inject(
      { method: 'MOVE', times: 1, fault: { kind: 'drop' } },
      { method: 'MOVE', times: 1, fault: answerWith(404) },
    );
    const error = await bench.failure(bench.client().put('never-moved.chg', bytes('lost')));
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/vanished before it could be moved to never-moved\.chg/);
    expect(bench.count('HEAD')).toBe(1);
    expect((await rawNames(bench.account(), '')).filter((name) => name.includes('never-moved'))).toEqual([]);
  });

  it('leaves nothing under the real name when a server that writes in place goes down mid-upload, every time', async () => {
    await bench.client().put('cut/first.chg', bytes('first'));
    bench.faults.reset();
    bench.faults.inject({ method: 'PUT', times: Infinity, fault: { kind: 'cut-upload', after: 50_000 } });
    const error = await bench.failure(bench.client().put('cut/second.chg', new Uint8Array(100_000).fill(1)));
    expect(error.kind).toBe('network');
    expect(bench.count('PUT')).toBe(4);
    expect(bench.count('MOVE')).toBe(0);
    expect((await rawNames(bench.account(), 'cut')).filter((name) => !name.startsWith('.'))).toEqual(['first.chg']);
    expect(await bench.client().get('cut/second.chg', 200_000)).toBeUndefined();
  });

  it('reports a server that is not there at all as a network error, after four tries', async () => {
    const port = await closedPort();
    const slept: number[] = [];
    const remote = createWebDavRemote(
      { url: `http://127.0.0.1:${port}/dav/`, user: 'u', password: 'p' },
      { sleep: async (ms) => void slept.push(ms), random: () => 0.5 },
    );
    const error = await bench.failure(remote.list(''));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^Could not reach 127\.0\.0\.1:\d+ to list the sync folder: the server is down/);
    expect(slept).toHaveLength(3);
  });
});

function closedPort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
