import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPack } from '@/lib/packs';
import { readSettings, writeSettings } from '@/lib/settings';
import { listSnapshots, restoreSnapshot, takeSnapshot } from '@/lib/backup';
import { deleteEntities, saveNote } from '@/lib/store';
import { freshDatabase, miniPack } from '../../../support/mini-pack';
import { visibleContent, wholeStore } from '../../store/whole-store';

async function readersStore() {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  await saveNote(db, { entityId: 'mini:russia', text: 'Mine.' }, 2000);
  return db;
}

/** What the reader sees of the store: what a restore puts back. */
async function content(db: ReturnType<typeof freshDatabase>) {
  return visibleContent(await wholeStore(db));
}

describe('snapshots', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('are listed newest first with why they were taken and what they hold', async () => {
    const db = await readersStore();
    await takeSnapshot(db, 'before deleting 2 entities', { now: 5000 });
    await takeSnapshot(db, 'before merging “Daesh” into “ISIS”', { now: 6000 });
    const list = await listSnapshots(db);
    expect(list.map((s) => s.reason)).toEqual(['before merging “Daesh” into “ISIS”', 'before deleting 2 entities']);
    expect(list[0]).toMatchObject({
      takenAt: 6000,
      counts: { entities: 5, aliases: 5, facts: 2, relations: 2, notes: 1, packs: 1 },
    });
  });

  it('are stored gzipped', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const info = await takeSnapshot(db, 'test');
    const record = await db.snapshots.get(info.id);
    expect(record?.encoding).toBe('gzip');
    expect([record!.data[0], record!.data[1]]).toEqual([0x1f, 0x8b]);
    expect(info.size).toBe(record!.data.byteLength);
  });

  it('keep only the newest ten, or as many as asked', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 12; i++) await takeSnapshot(db, `step ${i}`, { now: i });
    expect((await listSnapshots(db)).map((s) => s.reason).at(-1)).toBe('step 2');
    await takeSnapshot(db, 'step 12', { keep: 3 });
    expect((await listSnapshots(db)).map((s) => s.reason)).toEqual(['step 12', 'step 11', 'step 10']);
  });

  it('stay in the order they were taken within one millisecond', async () => {
    const db = freshDatabase();
    for (const reason of ['first', 'second', 'third']) await takeSnapshot(db, reason, { now: 7 });
    expect((await listSnapshots(db)).map((s) => s.reason)).toEqual(['third', 'second', 'first']);
  });
});

describe('restoring a snapshot', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('puts back the store and the settings as they were', async () => {
    const db = await readersStore();
    await writeSettings({ firstMentionOnly: 'page' });
    const before = await content(db);
    const snapshot = await takeSnapshot(db, 'before deleting 2 entities');
    await deleteEntities(db, ['mini:russia', 'mini:turkey']);
    await writeSettings({ firstMentionOnly: 'off' });
    await restoreSnapshot(db, snapshot.id);
    expect(await content(db)).toEqual(before);
    expect((await readSettings()).firstMentionOnly).toBe('page');
  });

  it('can itself be undone', async () => {
    const db = await readersStore();
    const snapshot = await takeSnapshot(db, 'before deleting');
    await deleteEntities(db, ['mini:russia']);
    const afterDelete = await content(db);
    const { undoId, restored } = await restoreSnapshot(db, snapshot.id);
    expect(restored.id).toBe(snapshot.id);
    expect((await listSnapshots(db))[0]).toMatchObject({ id: undoId, reason: 'before restore' });
    await restoreSnapshot(db, undoId);
    expect(await content(db)).toEqual(afterDelete);
  });

  it('works where the browser cannot compress', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const db = await readersStore();
    const before = await content(db);
    const snapshot = await takeSnapshot(db, 'before deleting');
    expect((await db.snapshots.get(snapshot.id))?.encoding).toBe('none');
    await deleteEntities(db, ['mini:russia']);
    await restoreSnapshot(db, snapshot.id);
    expect(await content(db)).toEqual(before);
  });

  it('of a snapshot that is gone is refused, and the store is left as it was', async () => {
    const db = await readersStore();
    const before = await wholeStore(db);
    await expect(restoreSnapshot(db, 'snapshot-gone')).rejects.toThrow('No snapshot with id "snapshot-gone"');
    expect(await wholeStore(db)).toEqual(before);
  });

  it('of a damaged snapshot is refused before anything changes', async () => {
    const db = await readersStore();
    const snapshot = await takeSnapshot(db, 'before deleting');
    await db.snapshots.update(snapshot.id, {
      data: new TextEncoder().encode('{"format":"backstory-backup"'),
      encoding: 'none',
    });
    const before = await wholeStore(db);
    await expect(restoreSnapshot(db, snapshot.id)).rejects.toThrow(
      /^The snapshot “before deleting” is damaged and cannot be restored/,
    );
    expect(await wholeStore(db)).toEqual(before);
  });
});
