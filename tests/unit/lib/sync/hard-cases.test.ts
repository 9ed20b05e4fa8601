import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import { BackstoryDatabase, deleteNote, getEntityDetail, saveNote } from '@/lib/store';
import { StoreReplica } from '@/lib/sync/replica';
import { MemoryRemote } from '../../../support/sync/memory-remote';
import { miniPack } from '../../support/mini-pack';
import { Device } from './devices';

// Sync's hard cases, each once a way two browsers could end up different or an edit be lost:
// bundled pack updates meeting synced edits, a remote emptied and set up again, two browsers
// starting one folder at once, compaction, a worker restart, a write during the first push,
// and deletes of records other than entities.

let time = Date.UTC(2018, 5, 1);
const clock = () => time;

function miniV2(change: (pack: ReturnType<typeof miniPack>) => void) {
  const pack = miniPack();
  pack.version = 2;
  change(pack);
  return pack;
}

async function twoSynced() {
  const remote = new MemoryRemote();
  const laptop = await Device.start('laptop', clock);
  const desktop = await Device.start('desktop', clock);
  // Each has pushed once already, so later syncs send only what changed.
  await laptop.create('Andrei Karlov');
  await desktop.create('Hassan Rouhani');
  for (const device of [laptop, desktop, laptop]) await device.sync(remote);
  return { remote, laptop, desktop };
}

beforeEach(() => {
  fakeBrowser.reset();
  time += 10_000_000;
});

describe('a bundled pack update and the reader’s synced edits', () => {
  it('end the same on both browsers whichever came first: the reader’s field kept, the pack’s updated', async () => {
    const { remote, laptop, desktop } = await twoSynced();
    const v2 = miniV2((pack) => {
      pack.entities.find((e) => e.id === 'russia')!.summary = 'A state (pack v2).';
    });
    await loadPack(laptop.db, v2); // the laptop's extension updated first
    time += 1000;
    await desktop.edit('mini:russia', { name: 'Rossiya' }); // editedByReader = true
    await desktop.sync(remote);
    await laptop.sync(remote);
    await loadPack(desktop.db, v2); // skipped: editedByReader
    for (const device of [laptop, desktop, laptop, desktop]) await device.sync(remote);
    const [a, b] = [await getEntityDetail(laptop.db, 'mini:russia'), await getEntityDetail(desktop.db, 'mini:russia')];
    expect(a.entity.summary).toBe(b.entity.summary);
    expect([b.entity.name, b.entity.summary]).toEqual(['Rossiya', 'A state (pack v2).']);
  });

  it('keep an entity the update drops alive on both when the reader tagged it since', async () => {
    const { remote, laptop, desktop } = await twoSynced();
    const v2 = miniV2((pack) => {
      pack.entities = pack.entities.filter((e) => e.id !== 'turkey');
    });
    await loadPack(desktop.db, v2);
    time += 1000;
    await laptop.tag('mini:turkey', 'watch'); // restates deletedAt (absent) at a reader clock
    await laptop.sync(remote);
    await loadPack(laptop.db, v2); // tombstones turkey with the (lower) pack clock
    for (const device of [desktop, laptop, desktop, laptop]) await device.sync(remote);
    expect(await laptop.liveEntityIds()).toEqual(await desktop.liveEntityIds());
  });
});

describe('a remote emptied and set up again at the same address', () => {
  it('gets the whole store again from the next sync', async () => {
    const remote = new MemoryRemote();
    const laptop = await Device.start('laptop', clock);
    const karlov = await laptop.create('Andrei Karlov');
    await laptop.sync(remote);
    const wiped = new MemoryRemote(); // the reader deleted backstory-sync/ (same address, same remoteId)
    await laptop.create('Bashar al-Assad');
    await laptop.sync(wiped);
    const tablet = await Device.start('tablet', clock);
    await tablet.sync(wiped);
    expect(await tablet.liveEntityIds()).toContain(karlov);
  });
});

describe('two browsers starting one encrypted folder at the same moment', () => {
  it('agree on one format.json, so each reads what the other sent', async () => {
    const remote = new MemoryRemote();
    const laptop = await Device.start('laptop', clock);
    const desktop = await Device.start('desktop', clock);
    await desktop.create('Hassan Rouhani');
    const options = { passphrase: 'aleppo winter 2016', kdfIterations: 10_000 };
    // The desktop's whole first sync happens between the laptop's GET (404) and its PUT of format.json.
    remote.beforeNext('put', async () => {
      await desktop.sync(remote, options);
    });
    await laptop.sync(remote, options).catch(() => undefined);
    await expect(laptop.sync(remote, options)).resolves.toMatchObject({ kind: 'done' });
  });
});

describe('compaction', () => {
  it('leaves at most two snapshots however often it runs', async () => {
    const remote = new MemoryRemote();
    const laptop = await Device.start('laptop', clock);
    for (let i = 0; i < 15; i += 1) {
      await laptop.create(`Person ${i}`);
      await laptop.sync(remote, { compactAfterChunks: 2 });
    }
    const snapshots = [...remote.files.keys()].filter((path) => path.endsWith('.snap'));
    expect(snapshots.length).toBeLessThanOrEqual(2);
  });
});

describe('a worker restart after importing a file from a browser whose clock runs ahead', () => {
  it('still counts and sends the edits made after it', async () => {
    const remote = new MemoryRemote();
    const fast = await Device.start('fast', () => time + 86_400_000);
    for (let i = 0; i < 3; i += 1) await fast.create(`Person ${i}`);
    const right = await Device.start('right', clock);
    await right.import(JSON.stringify(await exportBackup(fast.db)));
    await right.sync(remote);
    // The service worker stops and starts again: a new database object over the same store.
    right.db.close();
    const db = new BackstoryDatabase(right.db.name, clock);
    const replica = new StoreReplica(db);
    await db.open();
    await saveNote(db, { entityId: 'mini:russia', text: 'Written after the restart.' });
    expect(await replica.pendingChanges()).toBe(1);
  });
});

describe('a write made while the first push reads the store', () => {
  it('is sent by the next sync, not taken for sent', async () => {
    const remote = new MemoryRemote();
    const laptop = await Device.start('laptop', clock);
    await laptop.create('Andrei Karlov');
    const everything = laptop.replica.everything.bind(laptop.replica);
    let late: string | undefined;
    laptop.replica.everything = async () => {
      const records = await everything();
      late ??= await laptop.create('Written during the first sync'); // e.g. a message handler's write
      return records;
    };
    await laptop.sync(remote);
    laptop.replica.everything = everything;
    await laptop.sync(remote);
    const tablet = await Device.start('tablet', clock);
    await tablet.sync(remote);
    expect(await tablet.liveEntityIds()).toContain(late);
  });
});

describe('the large-delete failsafe', () => {
  it('asks before another browser’s sync deletes every note the reader wrote', async () => {
    const { remote, laptop, desktop } = await twoSynced();
    for (let i = 0; i < 15; i += 1) await laptop.note('mini:russia', `Note ${i}`);
    await laptop.sync(remote);
    await desktop.sync(remote);
    for (const note of await laptop.db.notes.toArray()) await deleteNote(laptop.db, note.id);
    await laptop.sync(remote);
    const outcome = await desktop.sync(remote, { confirmed: false, deleteShareToConfirm: 0.05 });
    expect(outcome).toMatchObject({ kind: 'pending', pending: { reason: 'large-delete', removedTotal: 15 } });
    if (outcome.kind === 'pending') expect(outcome.pending.removedNames).toContain('Note: “Note 3”');
  });
});
