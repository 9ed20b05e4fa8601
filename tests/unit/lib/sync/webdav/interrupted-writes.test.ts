import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebDavRemote } from '@/lib/sync/webdav';
import { startApache, type ApacheServer } from '../../../../support/webdav/apache';
import { failure, FAST } from './contract';

const bytes = (text: string) => new TextEncoder().encode(text);
/** toEqual walks a 2 MB array element by element for seconds; a hash compares it at once. */
const digest = (data: Uint8Array | undefined) => data && createHash('sha256').update(data).digest('hex');

/** 2 MB: big enough that Apache is still writing when the server stops half way. */
const LARGE = Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, i) => i % 251);

describe('a write to Apache interrupted by the server stopping', () => {
  let apache: ApacheServer;

  beforeAll(async () => {
    apache = await startApache();
  });
  afterAll(() => apache.close());

  it('leaves nothing under the real name when the server stops mid-upload; the write lands after a restart', async () => {
    await createWebDavRemote(apache, FAST).put('mid-upload/first.chg', bytes('first'));
    let interrupted = false;
    // Sends half the body, stops Apache, then offers the rest to a connection that is gone.
    const stopHalfWay: typeof fetch = (input, init) => {
      if (init?.method !== 'PUT' || interrupted) return fetch(input, init);
      interrupted = true;
      const body = init.body as Uint8Array;
      const halves = [body.subarray(0, body.length / 2), body.subarray(body.length / 2)];
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (halves.length === 1) await apache.stop();
          const next = halves.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      });
      return fetch(input, { ...init, body: stream, duplex: 'half' } as RequestInit);
    };
    const remote = createWebDavRemote(apache, { ...FAST, fetch: stopHalfWay });
    const error = await failure(remote.put('mid-upload/second.chg', LARGE));
    expect(error.kind).toBe('network');
    expect(interrupted).toBe(true);
    expect(existsSync(join(apache.documentRoot, 'mid-upload', 'second.chg'))).toBe(false);

    await apache.start();
    expect(await remote.list('mid-upload')).toEqual([{ name: 'first.chg', size: 5 }]);
    expect(await remote.get('mid-upload/second.chg', LARGE.length)).toBeUndefined();
    await remote.put('mid-upload/second.chg', LARGE);
    expect(digest(await remote.get('mid-upload/second.chg', LARGE.length))).toBe(digest(LARGE));
  });

  it('keeps the old file whole when the server stops between the upload and the move', async () => {
    const plain = createWebDavRemote(apache, FAST);
    await plain.put('before-move/format.json', bytes('{"version":1}'));
    let stopped = false;
    const stopBeforeMove: typeof fetch = async (input, init) => {
      if (init?.method === 'MOVE' && !stopped) {
        stopped = true;
        await apache.stop();
      }
      return fetch(input, init);
    };
    const error = await failure(
      createWebDavRemote(apache, { ...FAST, fetch: stopBeforeMove }).put(
        'before-move/format.json',
        bytes('{"version":2}'),
      ),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/to move before-move\/format\.json into place/);
    // The new version is on disk, complete, under a hidden temporary name only.
    const onDisk = readdirSync(join(apache.documentRoot, 'before-move'));
    expect(onDisk).toContain('format.json');
    expect(onDisk.filter((name) => name.startsWith('.format.json.'))).toHaveLength(1);

    await apache.start();
    expect(await plain.get('before-move/format.json', 100)).toEqual(bytes('{"version":1}'));
    expect(await plain.list('before-move')).toEqual([{ name: 'format.json', size: 13 }]);
  });

  it('fails reads while the server is down, and reads again once it is back', async () => {
    const remote = createWebDavRemote(apache, FAST);
    await remote.put('down/kept.chg', bytes('kept'));
    await apache.stop();
    const error = await failure(remote.get('down/kept.chg', 100));
    expect([error.kind, error.retryable]).toEqual(['network', true]);
    await apache.start();
    expect(await remote.get('down/kept.chg', 100)).toEqual(bytes('kept'));
  });
});
