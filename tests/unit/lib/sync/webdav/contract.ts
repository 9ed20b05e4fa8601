import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteError } from '@/lib/sync/remote';
import { createWebDavRemote, type WebDavAccount, type WebDavOptions, type WebDavRemote } from '@/lib/sync/webdav';
import { connect } from '@/lib/sync/webdav/connection';
import { propfind } from '@/lib/sync/webdav/listing';
import { startFaultServer } from '../../../../support/webdav/fault-server';
import type { WebDavTestServer } from '../../../../support/webdav/memory-server';

/** No waiting between retries: these tests count attempts, they do not time them. */
export const FAST: WebDavOptions = { sleep: () => Promise.resolve(), timeoutMs: 5000 };

const bytes = (text: string) => new TextEncoder().encode(text);

/** Every byte value, so nothing on the way treats the body as text. */
const BINARY = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7) % 256);

/** Names as the server lists them under `dir`, dot-files included. */
export async function rawNames(account: WebDavAccount, dir: string): Promise<string[]> {
  const listing = await propfind(connect(account, FAST), dir, '1', 'look');
  return (listing?.children ?? []).map((entry) => entry.segments[entry.segments.length - 1] ?? '').sort();
}

export async function failure(promise: Promise<unknown>): Promise<RemoteError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RemoteError);
  return error as RemoteError;
}

/** The behaviour the sync engine relies on, run against each real server. */
export function remoteContract(label: string, start: () => Promise<WebDavTestServer>): void {
  describe(`the WebDAV client against ${label}`, () => {
    let server: WebDavTestServer;
    let remote: WebDavRemote;
    let folders = 0;
    /** Each test works in a folder of its own, so they cannot see each other's files. */
    const fresh = () => `test-${++folders}`;

    beforeAll(async () => {
      server = await start();
      remote = createWebDavRemote(server, FAST);
    });
    afterAll(() => server.close());

    it('reads back a written file byte for byte and lists it with its size', async () => {
      const dir = fresh();
      await remote.put(`${dir}/000000001.chg`, BINARY);
      expect(await remote.get(`${dir}/000000001.chg`, 1 << 20)).toEqual(BINARY);
      expect(await remote.list(dir)).toEqual([{ name: '000000001.chg', size: BINARY.length }]);
    });

    it('reads a missing file as undefined and lists a missing folder as empty', async () => {
      const dir = fresh();
      expect(await remote.get(`${dir}/nothing.chg`, 1000)).toBeUndefined();
      expect(await remote.list(`${dir}/no/such/folder`)).toEqual([]);
      expect(await remote.listFolders(dir)).toEqual([]);
    });

    it('creates the missing folders of a nested path, and lists files and folders apart', async () => {
      const dir = fresh();
      await remote.put(`${dir}/backstory-sync/devices/abc/000000001.chg`, bytes('one'));
      await remote.put(`${dir}/backstory-sync/devices/def/000000001.chg`, bytes('two'));
      await remote.put(`${dir}/backstory-sync/format.json`, bytes('{}'));
      expect((await remote.listFolders(`${dir}/backstory-sync/devices`)).sort()).toEqual(['abc', 'def']);
      expect(await remote.listFolders(`${dir}/backstory-sync`)).toEqual(['devices']);
      expect(await remote.list(`${dir}/backstory-sync`)).toEqual([{ name: 'format.json', size: 2 }]);
      expect(await remote.get(`${dir}/backstory-sync/devices/def/000000001.chg`, 100)).toEqual(bytes('two'));
    });

    it('keeps names with spaces, non-ASCII letters and URL-reserved characters intact', async () => {
      const dir = fresh();
      const names = ['Zoë’s notes.json', 'a b+c&d=e', '50% #1?', '日本語.chg', "it's (2).snap"];
      for (const name of names) await remote.put(`${dir}/sous-dossier é/${name}`, bytes(name));
      const listed = await remote.list(`${dir}/sous-dossier é`);
      expect(listed.map((entry) => entry.name).sort()).toEqual([...names].sort());
      for (const name of names) expect(await remote.get(`${dir}/sous-dossier é/${name}`, 100)).toEqual(bytes(name));
      await remote.remove(`${dir}/sous-dossier é/50% #1?`);
      expect(await remote.get(`${dir}/sous-dossier é/50% #1?`, 100)).toBeUndefined();
      expect(await remote.listFolders(dir)).toEqual(['sous-dossier é']);
    });

    it('replaces a file on rewrite and leaves no temporary file behind', async () => {
      const dir = fresh();
      await remote.put(`${dir}/snap.snap`, bytes('first version'));
      await remote.put(`${dir}/snap.snap`, bytes('second, longer version'));
      expect(await remote.get(`${dir}/snap.snap`, 100)).toEqual(bytes('second, longer version'));
      expect(await rawNames(server, dir)).toEqual(['snap.snap']);
    });

    it('reads the new version of a file rewritten within a second of the first write (no If-Match, so weak ETags do not matter)', async () => {
      const dir = fresh();
      await remote.put(`${dir}/format.json`, bytes('{"v":1}'));
      expect(await remote.get(`${dir}/format.json`, 100)).toEqual(bytes('{"v":1}'));
      // Same length and the same second: Apache's ETag (size + mtime) can be unchanged.
      await remote.put(`${dir}/format.json`, bytes('{"v":2}'));
      expect(await remote.get(`${dir}/format.json`, 100)).toEqual(bytes('{"v":2}'));
    });

    it('creates a file where none is, with its missing folders, and leaves no temporary file behind', async () => {
      const dir = fresh();
      expect(await remote.create(`${dir}/backstory-sync/format.json`, BINARY)).toBe(true);
      expect(await remote.get(`${dir}/backstory-sync/format.json`, 1 << 20)).toEqual(BINARY);
      expect(await rawNames(server, `${dir}/backstory-sync`)).toEqual(['format.json']);
    });

    it('does not create over a file already there: answers false and keeps the old content', async () => {
      const dir = fresh();
      await remote.put(`${dir}/format.json`, bytes('{"salt":"first"}'));
      expect(await remote.create(`${dir}/format.json`, bytes('{"salt":"second, longer"}'))).toBe(false);
      expect(await remote.get(`${dir}/format.json`, 100)).toEqual(bytes('{"salt":"first"}'));
      expect(await rawNames(server, dir)).toEqual(['format.json']);
    });

    it('lets exactly one of two browsers creating the same file at once succeed, and keeps its bytes', async () => {
      const dir = fresh();
      await remote.put(`${dir}/backstory-sync/.keep`, bytes(''));
      const bodies = [bytes('{"salt":"browser one"}'), bytes('{"salt":"browser two"}')];
      const created = await Promise.all(
        bodies.map((body) => createWebDavRemote(server, FAST).create(`${dir}/backstory-sync/format.json`, body)),
      );
      expect(created.filter(Boolean)).toHaveLength(1);
      expect(await remote.get(`${dir}/backstory-sync/format.json`, 100)).toEqual(bodies[created.indexOf(true)]);
      expect(await rawNames(server, `${dir}/backstory-sync`)).toEqual(['.keep', 'format.json']);
    });

    it("still answers true when the answer to its MOVE was lost and the retry finds its own file, and false for another's", async () => {
      const dir = fresh();
      const faults = await startFaultServer(server.url);
      try {
        const behindFaults = createWebDavRemote({ ...server, url: faults.url }, FAST);
        faults.inject({ method: 'MOVE', times: 1, fault: { kind: 'lose-answer' } });
        expect(await behindFaults.create(`${dir}/format.json`, bytes('{"salt":"mine"}'))).toBe(true);
        faults.inject({ method: 'MOVE', times: 1, fault: { kind: 'lose-answer' } });
        expect(await behindFaults.create(`${dir}/format.json`, bytes('{"salt":"late"}'))).toBe(false);
        expect(faults.requests.filter((request) => request.method === 'MOVE')).toHaveLength(4);
      } finally {
        await faults.close();
      }
      expect(await remote.get(`${dir}/format.json`, 100)).toEqual(bytes('{"salt":"mine"}'));
      expect(await rawNames(server, dir)).toEqual(['format.json']);
    });

    it('removes a file, and removing it again is not an error', async () => {
      const dir = fresh();
      await remote.put(`${dir}/gone.chg`, bytes('x'));
      await remote.remove(`${dir}/gone.chg`);
      await remote.remove(`${dir}/gone.chg`);
      expect(await remote.get(`${dir}/gone.chg`, 10)).toBeUndefined();
      expect(await remote.list(dir)).toEqual([]);
    });

    it('hides dot-files from listings but still reads them', async () => {
      const dir = fresh();
      await remote.put(`${dir}/.hidden`, bytes('h'));
      await remote.put(`${dir}/.cache/inside`, bytes('c'));
      await remote.put(`${dir}/shown`, bytes('s'));
      expect(await remote.list(dir)).toEqual([{ name: 'shown', size: 1 }]);
      expect(await remote.listFolders(dir)).toEqual([]);
      expect(await remote.get(`${dir}/.hidden`, 10)).toEqual(bytes('h'));
    });

    it('round-trips an empty file', async () => {
      const dir = fresh();
      await remote.put(`${dir}/empty`, new Uint8Array());
      expect(await remote.get(`${dir}/empty`, 10)).toEqual(new Uint8Array());
      expect(await remote.list(dir)).toEqual([{ name: 'empty', size: 0 }]);
    });

    it('reads a file exactly at the size cap and refuses one a byte over it', async () => {
      const dir = fresh();
      await remote.put(`${dir}/capped`, BINARY);
      expect(await remote.get(`${dir}/capped`, BINARY.length)).toEqual(BINARY);
      const error = await failure(remote.get(`${dir}/capped`, BINARY.length - 1));
      expect(error.kind).toBe('too-large');
      expect(error.message).toMatch(/over Backstory's limit of 1023 bytes/);
    });

    it('works in a configured folder whose address the reader typed with spaces and accents', async () => {
      const dir = fresh();
      await remote.put(`${dir}/Mes fichiers é/keep`, bytes('k'));
      const nested = createWebDavRemote({ ...server, url: `${server.url}${dir}/Mes fichiers é` }, FAST);
      await nested.check();
      await nested.put('backstory-sync/format.json', bytes('{}'));
      expect(await nested.list('')).toEqual([{ name: 'keep', size: 1 }]);
      expect(await nested.listFolders('')).toEqual(['backstory-sync']);
      expect(await remote.get(`${dir}/Mes fichiers é/backstory-sync/format.json`, 10)).toEqual(bytes('{}'));
    });

    it('checks the folder: fine as configured, and says which of password, address or folder is wrong', async () => {
      const dir = fresh();
      await remote.put(`${dir}/file`, bytes('f'));
      await remote.check();
      const wrongPassword = await failure(createWebDavRemote({ ...server, password: 'wrong' }, FAST).check());
      expect([wrongPassword.kind, wrongPassword.status]).toEqual(['auth', 401]);
      const missing = await failure(createWebDavRemote({ ...server, url: `${server.url}${dir}/nope/` }, FAST).check());
      expect([missing.kind, missing.status]).toEqual(['not-found', 404]);
      const file = await failure(createWebDavRemote({ ...server, url: `${server.url}${dir}/file` }, FAST).check());
      expect(file.kind).toMatch(/not-found|not-webdav/);
    });

    it('refuses to write into a configured folder that does not exist, saying so', async () => {
      const dir = fresh();
      const gone = createWebDavRemote({ ...server, url: `${server.url}${dir}/never-made/` }, FAST);
      const error = await failure(gone.put('backstory-sync/format.json', bytes('{}')));
      expect(error.kind).toBe('not-found');
      expect(error.message).toContain(`/${dir}/never-made/ does not exist`);
      expect((await failure(gone.put('at-the-top.json', bytes('{}')))).kind).toBe('not-found');
      expect(await remote.listFolders(dir)).toEqual([]);
    });
  });
}
