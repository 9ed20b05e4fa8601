import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '@/lib/backup';
import { getEntityDetail } from '@/lib/store';
import { FORMAT_PATH } from '@/lib/sync/layout';
import { MemoryRemote } from '../../../support/sync/memory-remote';
import { Device } from './devices';

const FAST_KDF = { kdfIterations: 10_000 };
let time = Date.UTC(2017, 0, 4);
const clock = () => time;

async function twoDevices() {
  const remote = new MemoryRemote();
  const laptop = await Device.start('laptop', clock);
  const desktop = await Device.start('desktop', () => time - 600_000); // ten minutes slow
  return { remote, laptop, desktop };
}

async function name(device: Device, id: string) {
  return (await getEntityDetail(device.db, id)).entity;
}

describe('two browsers syncing through one remote', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    time += 1_000_000;
  });

  it('converge after editing different and the same records offline, in either order', async () => {
    for (const laptopFirst of [true, false]) {
      const { remote, laptop, desktop } = await twoDevices();
      const karlov = await laptop.create('Andrei Karlov');
      await laptop.sync(remote);
      await desktop.sync(remote);
      // Offline: both edit Karlov (different fields), both edit Lavrov's summary (the same field), each adds its own.
      time += 1000;
      await laptop.edit(karlov, { summary: 'Russian ambassador to Turkey.' });
      await desktop.edit(karlov, { name: 'Andrey Karlov' });
      await desktop.edit('mini:sergey-lavrov', { summary: 'Written on the desktop first.' });
      time += 1000;
      await laptop.edit('mini:sergey-lavrov', { summary: 'Written on the laptop later.' });
      const suleimani = await laptop.create('Qasem Suleimani');
      const rouhani = await desktop.create('Hassan Rouhani');
      const order = laptopFirst ? [laptop, desktop, laptop] : [desktop, laptop, desktop];
      for (const device of order) await device.sync(remote);

      expect(await laptop.state()).toEqual(await desktop.state());
      const merged = await name(desktop, karlov);
      expect([merged.name, merged.summary]).toEqual(['Andrey Karlov', 'Russian ambassador to Turkey.']);
      expect((await name(desktop, 'mini:sergey-lavrov')).summary).toBe('Written on the laptop later.');
      expect(await desktop.liveEntityIds()).toEqual(expect.arrayContaining([suleimani, rouhani]));
    }
  });

  it('let a later edit on one browser win over a clock running ahead on the other', async () => {
    const remote = new MemoryRemote();
    const fast = await Device.start('fast', () => time + 86_400_000); // a day ahead
    const right = await Device.start('right', clock);
    await fast.edit('mini:russia', { summary: 'Written on the fast browser.' });
    await fast.sync(remote);
    await right.sync(remote);
    await right.edit('mini:russia', { summary: 'Written later, on the right clock.' });
    await right.sync(remote);
    await fast.sync(remote);
    expect((await name(fast, 'mini:russia')).summary).toBe('Written later, on the right clock.');
  });

  it('resolve a delete on one and an edit on the other the same way everywhere', async () => {
    const { remote, laptop, desktop } = await twoDevices();
    await laptop.sync(remote);
    await desktop.sync(remote);
    await laptop.delete('mini:russia');
    time += 700_000; // later even on the desktop's slow clock
    await desktop.edit('mini:russia', { summary: 'Edited after the delete.' });
    await laptop.delete('mini:sergey-lavrov');
    for (const device of [laptop, desktop, laptop]) await device.sync(remote);
    expect(await laptop.state()).toEqual(await desktop.state());
    const ids = await desktop.liveEntityIds();
    expect(ids).toContain('mini:russia'); // the edit came later
    expect(ids).not.toContain('mini:sergey-lavrov');
  });

  it('asks before the first sync with a remote that already holds a store, and changes nothing until yes', async () => {
    const { remote, laptop, desktop } = await twoDevices();
    await laptop.create('Andrei Karlov');
    await laptop.sync(remote);
    const before = await desktop.state();
    const outcome = await desktop.sync(remote, { confirmed: false });
    expect(outcome).toMatchObject({ kind: 'pending', pending: { reason: 'first-sync', changes: { added: 2 } } }); // Karlov and his alias
    expect(await desktop.state()).toEqual(before);
    expect(await desktop.sync(remote, { confirmed: true })).toMatchObject({
      kind: 'done',
      report: { local: { added: 2 } },
    });
  });

  it('asks before a sync deletes a large part of the store, naming what would go', async () => {
    const { remote, laptop, desktop } = await twoDevices();
    const ids = [];
    for (let i = 0; i < 12; i += 1) ids.push(await laptop.create(`Commander ${i}`));
    await laptop.sync(remote);
    await desktop.sync(remote);
    for (const id of ids) await laptop.delete(id);
    await laptop.sync(remote);
    const before = await desktop.state();
    const outcome = await desktop.sync(remote, { confirmed: false, deleteShareToConfirm: 0.25 });
    expect(outcome.kind).toBe('pending');
    if (outcome.kind !== 'pending') return;
    expect(outcome.pending).toMatchObject({ reason: 'large-delete', removedTotal: 24 }); // 12 people and their aliases
    expect(outcome.pending.removedNames).toContain('Commander 3');
    expect(await desktop.state()).toEqual(before);
  });

  it('sends only what changed: an incremental sync of a few edits moves a small chunk', async () => {
    const { remote, laptop } = await twoDevices();
    for (let i = 0; i < 300; i += 1) await laptop.create(`Person ${i} with a name long enough to weigh something`);
    const first = await laptop.sync(remote);
    for (let i = 0; i < 3; i += 1) await laptop.create(`Late ${i}`);
    const second = await laptop.sync(remote);
    if (first.kind !== 'done' || second.kind !== 'done') throw new Error('expected both syncs to finish');
    expect(second.report.sent).toBe(6); // 3 entities and their aliases
    expect(second.report.bytesSent).toBeLessThan(first.report.bytesSent / 20);
    const puts = remote.calls.put;
    await laptop.sync(remote);
    expect(remote.calls.put).toBe(puts); // nothing more to send, nothing written
  });
});

describe('a reader who moves to another server', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes every record along, those that came from the old server included', async () => {
    const { remote: old, laptop, desktop } = await twoDevices();
    const fromDesktop = await desktop.create('Hassan Rouhani');
    await desktop.sync(old);
    await laptop.sync(old);
    await laptop.create('Bashar al-Assad');
    const fresh = new MemoryRemote();
    await laptop.sync(fresh, { remoteId: 'https://new.example/dav/' });
    const third = await Device.start('tablet', clock);
    await third.sync(fresh, { remoteId: 'https://new.example/dav/' });
    expect(await third.liveEntityIds()).toContain(fromDesktop);
    expect(await third.state()).toEqual(await laptop.state());
  });
});

describe('a sync that meets a broken server or bad files', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loses nothing when the server stops mid-sync, and the next sync completes', async () => {
    const { remote, laptop, desktop } = await twoDevices();
    await laptop.create('Andrei Karlov');
    await laptop.sync(remote);
    await desktop.sync(remote);
    await desktop.create('Hassan Rouhani');
    await laptop.create('Bashar al-Assad');
    // The server stops after 0, 1, 2… answers, until a sync gets through: every step is cut once.
    let interrupted = 0;
    for (let answers = 0; ; answers += 1) {
      remote.stopAfter(answers);
      const finished = await laptop.sync(remote).then(
        () => true,
        () => false,
      );
      remote.restart();
      if (finished) break;
      interrupted += 1;
    }
    expect(interrupted).toBeGreaterThanOrEqual(5);
    remote.failNext('put', 'server', { afterEffect: true }); // the chunk landed, the answer was lost
    await expect(desktop.sync(remote)).rejects.toThrow();
    for (const device of [laptop, desktop, laptop]) await device.sync(remote);
    expect(await laptop.state()).toEqual(await desktop.state());
    expect((await laptop.db.entities.toArray()).map((e) => e.name)).toEqual(
      expect.arrayContaining(['Hassan Rouhani', 'Bashar al-Assad']),
    );
  });

  it('refuses a corrupted or truncated remote file with a clear error and leaves the store untouched', async () => {
    const { remote, laptop, desktop } = await twoDevices();
    await laptop.create('Andrei Karlov');
    await laptop.sync(remote);
    const chunk = [...remote.files.keys()].find((path) => path.endsWith('.chg'))!;
    const before = await desktop.state();
    remote.flipByte(chunk, 40);
    await expect(desktop.sync(remote)).rejects.toMatchObject({ name: 'SyncFileError', kind: 'corrupt' });
    remote.flipByte(chunk, 40);
    remote.truncateNextGet(30);
    await expect(desktop.sync(remote)).rejects.toThrow();
    expect(await desktop.state()).toEqual(before);
    await desktop.sync(remote);
    expect(await desktop.liveEntityIds()).toContain(
      (await laptop.liveEntityIds()).find((id) => !id.startsWith('mini:')),
    );
  });

  it('refuses a folder that holds something else, or a newer Backstory’s remote', async () => {
    const { remote, desktop } = await twoDevices();
    const before = await desktop.state();
    remote.files.set(FORMAT_PATH, new TextEncoder().encode('<!doctype html><title>Login</title>'));
    await expect(desktop.sync(remote)).rejects.toMatchObject({ kind: 'foreign' });
    remote.files.set(
      FORMAT_PATH,
      new TextEncoder().encode(
        JSON.stringify({ format: 'backstory-sync', version: 7, createdAt: '2030-01-01T00:00:00Z' }),
      ),
    );
    await expect(desktop.sync(remote)).rejects.toMatchObject({ kind: 'newer-version' });
    expect(await desktop.state()).toEqual(before);
  });

  it('with a passphrase, the server sees only ciphertext, and a wrong passphrase changes nothing', async () => {
    const { remote, laptop, desktop } = await twoDevices();
    await laptop.create('Qasem Suleimani');
    await laptop.sync(remote, { passphrase: 'aleppo winter 2016', ...FAST_KDF });
    for (const [path, bytes] of remote.files) {
      if (path !== FORMAT_PATH) expect(new TextDecoder().decode(bytes)).not.toContain('Suleimani');
    }
    const before = await desktop.state();
    await expect(desktop.sync(remote, { passphrase: 'palmyra' })).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await expect(desktop.sync(remote)).rejects.toMatchObject({ kind: 'needs-passphrase' });
    expect(await desktop.state()).toEqual(before);
    await desktop.sync(remote, { passphrase: 'aleppo winter 2016' });
    expect((await desktop.db.entities.toArray()).map((e) => e.name)).toContain('Qasem Suleimani');
  });
});

describe('two browsers without a server', () => {
  beforeEach(() => fakeBrowser.reset());

  it('converge by exporting and importing whole-store files, through the same merge', async () => {
    const { laptop, desktop } = await twoDevices();
    const karlov = await laptop.create('Andrei Karlov');
    await desktop.import(JSON.stringify(await exportBackup(laptop.db)));
    await laptop.edit(karlov, { summary: 'Ambassador.' });
    await desktop.edit(karlov, { name: 'Andrey Karlov' });
    await desktop.import(JSON.stringify(await exportBackup(laptop.db)));
    await laptop.import(JSON.stringify(await exportBackup(desktop.db)));
    expect(await laptop.state()).toEqual(await desktop.state());
    expect(await name(laptop, karlov)).toMatchObject({ name: 'Andrey Karlov', summary: 'Ambassador.' });
  });
});
