import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chunkPath, FORMAT_PATH } from '@/lib/sync/layout';
import { createWebDavRemote, type WebDavRemote } from '@/lib/sync/webdav';
import { startApache, type ApacheServer } from '../../../support/webdav/apache';
import { htmlPage, startFaultServer, type FaultServer } from '../../../support/webdav/fault-server';
import { startMemoryServer, type WebDavTestServer } from '../../../support/webdav/memory-server';
import { FAST } from './webdav/contract';
import { Device } from './devices';
import { makeFolder as freshFolder, type Account } from '../../../support/webdav/folder';

let time = Date.UTC(2017, 0, 4);

async function remoteAt(server: Account): Promise<{ remote: WebDavRemote }> {
  return { remote: createWebDavRemote(await freshFolder(server), FAST) };
}

async function twoBrowsers() {
  time += 1_000_000;
  return {
    laptop: await Device.start('laptop', () => time),
    desktop: await Device.start('desktop', () => time + 90_000),
  };
}

function servers(): [string, () => Promise<WebDavTestServer>][] {
  return [
    ['Apache httpd mod_dav', () => startApache()],
    ['webdav-server in process', () => startMemoryServer()],
  ];
}

describe.each(servers())('syncing two browsers through %s', (_label, start) => {
  let server: WebDavTestServer;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());
  beforeEach(() => fakeBrowser.reset());

  it('edits of different and the same records made offline converge in every order, none lost', async () => {
    for (const order of [
      ['laptop', 'desktop', 'laptop'],
      ['desktop', 'laptop', 'desktop'],
    ]) {
      const { remote } = await remoteAt(server);
      const devices = await twoBrowsers();
      const karlov = await devices.laptop.create('Andrei Karlov');
      await devices.laptop.sync(remote);
      await devices.desktop.sync(remote);
      await devices.laptop.edit(karlov, { summary: 'Ambassador to Turkey.' });
      await devices.desktop.edit(karlov, { name: 'Andrey Karlov' });
      await devices.laptop.note('mini:russia', 'Written on the laptop.');
      await devices.desktop.delete('mini:moscow');
      await devices.laptop.edit('mini:sergey-lavrov', { summary: 'Laptop, earlier.' });
      time += 5000;
      await devices.desktop.edit('mini:sergey-lavrov', { summary: 'Desktop, later.' });
      for (const name of order) await devices[name as 'laptop' | 'desktop'].sync(remote);

      expect(await devices.laptop.state()).toEqual(await devices.desktop.state());
      const entity = await devices.laptop.db.entities.get(karlov);
      expect([entity?.name, entity?.summary]).toEqual(['Andrey Karlov', 'Ambassador to Turkey.']);
      expect((await devices.desktop.db.entities.get('mini:sergey-lavrov'))?.summary).toBe('Desktop, later.');
      expect(await devices.laptop.liveEntityIds()).not.toContain('mini:moscow');
      expect((await devices.desktop.liveNotes()).length).toBe(1);
    }
  });

  it('the same store in both after a passphrase-encrypted sync, and no name in the clear on the server', async () => {
    const { remote } = await remoteAt(server);
    const { laptop, desktop } = await twoBrowsers();
    await laptop.create('Qasem Suleimani');
    await laptop.sync(remote, { passphrase: 'eastern aleppo', kdfIterations: 10_000 });
    await desktop.sync(remote, { passphrase: 'eastern aleppo' });
    expect(await desktop.state()).toEqual(await laptop.state());
    const chunk = await remote.get(chunkPath(laptop.replica.deviceId, 1), 1 << 20);
    expect(new TextDecoder().decode(chunk)).not.toContain('Suleimani');
  });
});

describe('a sync against Apache that misbehaves', () => {
  let apache: ApacheServer;
  let proxy: FaultServer;
  beforeAll(async () => {
    apache = await startApache();
    proxy = await startFaultServer(apache.url);
  });
  afterAll(async () => {
    await proxy.close();
    await apache.close();
  });
  beforeEach(() => fakeBrowser.reset());

  /** A fresh folder on Apache, reached through the misbehaving proxy. */
  const account = async () => {
    const folder = await freshFolder(apache);
    return { ...folder, url: folder.url.replace(apache.url, proxy.url) };
  };

  it('completes through answers of 412, 423 and 500 (retried), and loses nothing when the server stops mid-sync', async () => {
    const remote = createWebDavRemote(await account(), FAST);
    const { laptop, desktop } = await twoBrowsers();
    await laptop.create('Hassan Rouhani');
    proxy.inject(
      { method: 'PUT', times: 1, fault: { kind: 'answer', status: 412 } },
      { method: 'MOVE', times: 1, fault: { kind: 'answer', status: 423 } },
      { method: 'PROPFIND', times: 2, fault: { kind: 'answer', status: 500 } },
    );
    await laptop.sync(remote);
    await desktop.sync(remote);
    await desktop.create('Bashar al-Assad');
    await apache.stop();
    const before = await desktop.state();
    await expect(desktop.sync(remote)).rejects.toMatchObject({ kind: 'network' });
    expect(await desktop.state()).toEqual(before);
    await apache.start();
    // The chunk lands but the answer is lost: the client's retry finds it in place.
    proxy.inject({ method: 'MOVE', times: 1, fault: { kind: 'lose-answer' } });
    await desktop.sync(remote);
    await laptop.sync(remote);
    expect(await laptop.state()).toEqual(await desktop.state());
  });

  it('refuses a truncated body and a 100 MB file with clear errors, store untouched, then completes', async () => {
    const remote = createWebDavRemote(await account(), FAST);
    const { laptop, desktop } = await twoBrowsers();
    await laptop.create('Andrei Karlov');
    await laptop.sync(remote);
    const before = await desktop.state();
    // Every one of the client's four tries is cut short, then it gives up.
    proxy.inject({ method: 'GET', times: 4, fault: { kind: 'cut-short', declared: 5000, sent: 100 } });
    await expect(desktop.sync(remote)).rejects.toMatchObject({ kind: 'network' });
    proxy.inject({ method: 'GET', times: 1, fault: { kind: 'huge', bytes: 100 * 1024 * 1024, declareLength: false } });
    await expect(desktop.sync(remote)).rejects.toMatchObject({ kind: 'too-large' });
    expect(proxy.hugeBytesSent()).toBeLessThan(100 * 1024 * 1024);
    expect(await desktop.state()).toEqual(before);
    await desktop.sync(remote);
    expect(await desktop.liveEntityIds()).toEqual(await laptop.liveEntityIds());
  });

  it('answers an HTML page, wrong credentials or a newer Backstory’s remote with a clear error, no retry storm, store untouched', async () => {
    const { laptop } = await twoBrowsers();
    const before = await laptop.state();
    // A login page where format.json should be, then where a folder listing should be.
    proxy.inject({ method: 'GET', times: 1, fault: htmlPage() });
    await expect(laptop.sync(createWebDavRemote(await account(), FAST))).rejects.toMatchObject({ kind: 'not-webdav' });
    proxy.inject({ method: 'PROPFIND', times: 1, fault: htmlPage() });
    await expect(laptop.sync(createWebDavRemote(await account(), FAST))).rejects.toMatchObject({ kind: 'not-webdav' });
    const wrong = createWebDavRemote({ ...(await account()), password: 'not it' }, FAST);
    const beforeWrong = proxy.requests.length;
    await expect(laptop.sync(wrong)).rejects.toMatchObject({ kind: 'auth' });
    expect(proxy.requests.length - beforeWrong).toBe(1);
    const newer = await account();
    const remote = createWebDavRemote(newer, FAST);
    await remote.put(
      FORMAT_PATH,
      new TextEncoder().encode(
        JSON.stringify({ format: 'backstory-sync', version: 9, createdAt: '2031-01-01T00:00:00Z' }),
      ),
    );
    await expect(laptop.sync(remote)).rejects.toMatchObject({ kind: 'newer-version' });
    expect(await laptop.state()).toEqual(before);
  });
});
