import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup, ImportJobs } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import { readSettings, SETTINGS_VERSION, writeSettings } from '@/lib/settings';
import {
  deleteEntity,
  EntityDraftSchema,
  getEntityDetail,
  listEntitiesWithAliases,
  saveEntity,
  saveNote,
} from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { packHlc } from '@/lib/merge';
import { wholeStore, withoutLocalClocks } from '../store/whole-store';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);

async function importBackup(db: ReturnType<typeof freshDatabase>, text: string) {
  const jobs = new ImportJobs(db);
  const { jobId, preview } = await jobs.start('backup', text);
  return { preview, report: await jobs.commit(jobId) };
}

/** A reader's store: a pack, an entity of their own with a note, a deleted pack entity, settings. */
async function readersStore() {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  const karlov = await saveEntity(
    db,
    draft({ kind: 'person', name: 'Andrei Karlov', tags: ['ankara'], aliases: [{ text: 'Karlov' }] }),
    2000,
  );
  await saveNote(db, { entityId: karlov.entity.id, text: 'Shot on 19 December 2016.' }, 2000);
  await deleteEntity(db, 'mini:turkey', 2500);
  await writeSettings({ firstMentionOnly: 'section' });
  return { db, karlovId: karlov.entity.id };
}

describe('a whole-store backup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds every record of every kind, tombstones and settings included', async () => {
    const { db } = await readersStore();
    const backup = await exportBackup(db, Date.UTC(2017, 0, 23));
    expect(backup).toMatchObject({
      format: 'backstory-backup',
      formatVersion: 2,
      exportedAt: '2017-01-23T00:00:00.000Z',
    });
    expect(backup.settings.firstMentionOnly).toBe('section');
    expect(backup.entities).toHaveLength(6);
    expect(backup.entities.find((e) => e.id === 'mini:turkey')?.deletedAt).toBe(2500);
    expect(backup.notes).toHaveLength(1);
    expect(backup.packs).toEqual([{ id: 'mini', name: 'Mini pack', version: 1, loadedAt: 1000, clock: packHlc(1) }]);
    // Clocks travel (an import merges field by field like sync); which writes this browser has yet to send does not.
    expect(backup.entities.every((entity) => entity.clock && !('localClock' in entity))).toBe(true);
  });

  it('imported into an empty store on another browser gives the same store', async () => {
    const { db } = await readersStore();
    const text = JSON.stringify(await exportBackup(db));
    const expected = await wholeStore(db);
    fakeBrowser.reset();
    const other = freshDatabase();
    const { report } = await importBackup(other, text);
    const { snapshots: _s, ...imported } = withoutLocalClocks(await wholeStore(other));
    const { snapshots: _e, ...original } = withoutLocalClocks(expected);
    expect(imported).toEqual(original);
    expect(report).toMatchObject({ kind: 'backup', settingsChanged: true });
    expect(report.byTable.entities).toEqual({ added: 5, updated: 0, removed: 0, keptReaderEdits: 0 });
  });

  it('deletes here what was deleted there after it was last changed here', async () => {
    const { db, karlovId } = await readersStore();
    const there = freshDatabase();
    await importBackup(there, JSON.stringify(await exportBackup(db)));
    await deleteEntity(there, karlovId, 5000);
    const { preview } = await importBackup(db, JSON.stringify(await exportBackup(there)));
    expect(preview.byTable.entities).toMatchObject({ removed: 1 });
    expect((await listEntitiesWithAliases(db)).map((e) => e.entity.name)).not.toContain('Andrei Karlov');
  });

  it('leaves the reader’s newer edits alone and says how many', async () => {
    const { db, karlovId } = await readersStore();
    const text = JSON.stringify(await exportBackup(db));
    await saveEntity(
      db,
      draft({ id: karlovId, kind: 'person', name: 'Andrei Gennadyevich Karlov', aliases: [] }),
      9000,
    );
    const { preview } = await importBackup(db, text);
    expect(preview.byTable.entities).toEqual({ added: 0, updated: 0, removed: 0, keptReaderEdits: 1 });
    expect((await getEntityDetail(db, karlovId)).entity.name).toBe('Andrei Gennadyevich Karlov');
  });

  it('lifts the settings of an older Backstory to today’s', async () => {
    const { db } = await readersStore();
    const backup = JSON.parse(JSON.stringify(await exportBackup(db)));
    backup.settings = { version: 1, firstMentionOnly: 'page', hoverOpenDelayMs: 500 };
    await importBackup(db, JSON.stringify(backup));
    expect(await readSettings()).toMatchObject({
      version: SETTINGS_VERSION,
      firstMentionOnly: 'page',
      hoverOpenDelayMs: 500,
    });
  });

  it('brings the settings it holds', async () => {
    const { db } = await readersStore();
    const text = JSON.stringify(await exportBackup(db));
    await writeSettings({ firstMentionOnly: 'off' });
    await importBackup(db, text);
    expect((await readSettings()).firstMentionOnly).toBe('section');
  });
});
