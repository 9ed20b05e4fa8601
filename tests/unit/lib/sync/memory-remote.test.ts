import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile } from '@/lib/sync/file-format/codec';
import { RemoteError } from '@/lib/sync/remote';
import { MemoryRemote } from '../../../support/sync/memory-remote';
import { expectRefused } from './file-format/expect-refused';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined) => (data ? new TextDecoder().decode(data) : undefined);
const CHUNK = 'backstory-sync/devices/a/000000001.chg';
const FORMAT = 'backstory-sync/format.json';

async function rejection(work: Promise<unknown>): Promise<RemoteError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RemoteError);
  return error as RemoteError;
}

describe('the in-memory remote behaves like a WebDAV folder', () => {
  it('lists files and folders directly inside a folder, and nothing for a missing one', async () => {
    const remote = new MemoryRemote();
    await remote.put('backstory-sync/format.json', bytes('{}'));
    await remote.put(CHUNK, bytes('one'));
    await remote.put('backstory-sync/devices/b/000000001.chg', bytes('three'));
    expect(await remote.list('backstory-sync')).toEqual([{ name: 'format.json', size: 2 }]);
    expect(await remote.list('backstory-sync/devices/a/')).toEqual([{ name: '000000001.chg', size: 3 }]);
    expect(await remote.listFolders('backstory-sync/devices')).toEqual(['a', 'b']);
    expect(await remote.listFolders('backstory-sync')).toEqual(['devices']);
    expect(await remote.list('elsewhere')).toEqual([]);
  });

  it('gets what was put, undefined for a missing file, and refuses files over the cap', async () => {
    const remote = new MemoryRemote();
    const body = bytes('chunk');
    await remote.put(CHUNK, body);
    body.fill(0);
    expect(text(await remote.get(CHUNK, 100))).toBe('chunk');
    expect(await remote.get('backstory-sync/missing', 100)).toBeUndefined();
    expect((await rejection(remote.get(CHUNK, 4))).kind).toBe('too-large');
    await remote.remove(CHUNK);
    await remote.remove(CHUNK);
    expect(remote.files.size).toBe(0);
  });

  it('creates a file only where none is, keeping the one already there', async () => {
    const remote = new MemoryRemote();
    const body = bytes('salt one');
    expect(await remote.create(FORMAT, body)).toBe(true);
    body.fill(0);
    expect(await remote.create(FORMAT, bytes('salt two'))).toBe(false);
    expect(text(await remote.get(FORMAT, 100))).toBe('salt one');
    expect([remote.calls.create, remote.bytesSent]).toEqual([2, 16]);
  });

  it('lets exactly one of two racing creates land, and keeps its bytes', async () => {
    const remote = new MemoryRemote();
    const results = await Promise.all([remote.create(FORMAT, bytes('first')), remote.create(FORMAT, bytes('second'))]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(text(remote.files.get(FORMAT))).toBe(results[0] ? 'first' : 'second');
  });

  it('counts calls and the bytes sent and received', async () => {
    const remote = new MemoryRemote();
    await remote.put(CHUNK, bytes('12345'));
    await remote.get(CHUNK, 100);
    await remote.get(CHUNK, 100);
    expect(remote.calls).toEqual({ list: 0, listFolders: 0, get: 2, put: 1, create: 0, remove: 0 });
    expect([remote.bytesSent, remote.bytesReceived]).toEqual([5, 10]);
    expect(remote.log).toEqual([`put ${CHUNK}`, `get ${CHUNK}`, `get ${CHUNK}`]);
  });
});

describe("a test scripts the remote's faults", () => {
  it('the next N calls of one operation fail with a given kind, and nothing lands', async () => {
    const remote = new MemoryRemote().failNext('put', 'server', { count: 2 });
    expect((await rejection(remote.put(CHUNK, bytes('a')))).status).toBe(503);
    expect((await rejection(remote.put(CHUNK, bytes('a')))).kind).toBe('server');
    expect(remote.files.has(CHUNK)).toBe(false);
    await remote.put(CHUNK, bytes('a'));
    expect(text(remote.files.get(CHUNK))).toBe('a');
    expect(remote.bytesSent).toBe(3);
  });

  it('a put can land and its answer be lost', async () => {
    const remote = new MemoryRemote().failNext('put', 'network', { afterEffect: true });
    expect((await rejection(remote.put(CHUNK, bytes('a')))).kind).toBe('network');
    expect(remote.files.has(CHUNK)).toBe(true);
  });

  it('a create can fail before or after it lands, and another device can create first', async () => {
    const remote = new MemoryRemote().failNext('create', 'server').failNext('create', 'network', { afterEffect: true });
    expect((await rejection(remote.create(FORMAT, bytes('mine')))).kind).toBe('server');
    expect(remote.files.has(FORMAT)).toBe(false);
    expect((await rejection(remote.create(FORMAT, bytes('mine')))).kind).toBe('network');
    expect(text(remote.files.get(FORMAT))).toBe('mine');
    remote.files.clear();
    remote.beforeNext('create', () => {
      remote.files.set(FORMAT, bytes('theirs'));
    });
    expect(await remote.create(FORMAT, bytes('mine'))).toBe(false);
    expect(text(remote.files.get(FORMAT))).toBe('theirs');
  });

  it('a server that stops fails every later call as network and keeps what it had, until restarted', async () => {
    const remote = new MemoryRemote().stopAfter(1);
    await remote.put(CHUNK, bytes('first'));
    expect((await rejection(remote.put(CHUNK, bytes('second')))).kind).toBe('network');
    expect((await rejection(remote.get(CHUNK, 100))).kind).toBe('network');
    expect(text(remote.files.get(CHUNK))).toBe('first');
    remote.restart();
    expect(text(await remote.get(CHUNK, 100))).toBe('first');
  });

  it("a truncated get, a changed stored file and another device's write reach the codec as refusals", async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const remote = new MemoryRemote();
    await remote.put(CHUNK, await encodeFile({ records: [1, 2, 3] }, key, CHUNK));
    await expectRefused(decodeFile((await remote.truncateNextGet(20).get(CHUNK, 1e6))!, key, CHUNK), 'corrupt');
    expect(await decodeFile((await remote.get(CHUNK, 1e6))!, key, CHUNK)).toEqual({ records: [1, 2, 3] });
    remote.flipByte(CHUNK, 30);
    await expectRefused(decodeFile((await remote.get(CHUNK, 1e6))!, key, CHUNK), 'corrupt');
    remote.beforeNext('get', () => {
      remote.files.set(CHUNK, bytes('<html>'));
    });
    await expectRefused(decodeFile((await remote.get(CHUNK, 1e6))!, key, CHUNK), 'foreign');
  });
});
