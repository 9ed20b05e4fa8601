import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadPack, previewPackRemoval, removePack, starterPack, writePack, validatePack } from '@/lib/packs';
import { EntityDraftSchema, getEntityDetail, listEntitiesWithAliases, saveEntity, saveNote } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { wholeStore } from '../store/whole-store';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);
const liveNames = async (db: ReturnType<typeof freshDatabase>) =>
  (await listEntitiesWithAliases(db)).map((e) => e.entity.name).sort();

describe('removing a pack', () => {
  it('tombstones its records and leaves the reader’s own entities alone', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await saveEntity(db, draft({ kind: 'person', name: 'Andrei Karlov', aliases: [{ text: 'Karlov' }] }), 2000);
    const report = await removePack(db, 'mini', 3000);
    expect(await liveNames(db)).toEqual(['Andrei Karlov']);
    expect(report).toMatchObject({ packId: 'mini', name: 'Mini pack', keptReaderEdits: 0 });
    expect(report.byTable.entities.removed).toBe(5);
    expect((await db.entities.get('mini:russia'))?.deletedAt).toBe(3000);
  });

  it('keeps the entities the reader edited, as the reader’s own', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const turkey = await getEntityDetail(db, 'mini:turkey');
    await saveEntity(
      db,
      draft({
        id: 'mini:turkey',
        kind: 'state',
        name: 'Türkiye',
        aliases: turkey.aliases.map((a) => ({ id: a.id, text: a.text })),
      }),
      2000,
    );
    const report = await removePack(db, 'mini', 3000);
    expect(await liveNames(db)).toEqual(['Türkiye']);
    expect((await getEntityDetail(db, 'mini:turkey')).entity.origin).toBe('reader');
    expect((await getEntityDetail(db, 'mini:turkey')).aliases.map((a) => a.text)).toEqual(['Turkish']);
    expect(report.byTable.entities.keptReaderEdits).toBe(1);
  });

  it('keeps an entity the reader wrote a note on or pointed a relation at, with the place of a kept event', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await saveNote(db, { entityId: 'mini:moscow-conference-2016', text: 'Ask about the Turkish delegation.' }, 2000);
    const karlov = await saveEntity(
      db,
      draft({ kind: 'person', name: 'Andrei Karlov', relations: [{ type: 'member-of', toId: 'mini:russia' }] }),
      2000,
    );
    await removePack(db, 'mini', 3000);
    expect(await liveNames(db)).toEqual(['Andrei Karlov', 'Moscow', 'Moscow conference', 'Russia']);
    expect((await getEntityDetail(db, karlov.entity.id)).relations.map((r) => r.other.name)).toEqual(['Russia']);
    expect((await getEntityDetail(db, 'mini:moscow')).relations.map((r) => r.other.name)).toEqual(['Russia']);
  });

  it('previews exactly what it then does, writing nothing', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await saveNote(db, { entityId: 'mini:russia', text: 'Mine.' }, 2000);
    const before = await wholeStore(db);
    const preview = await previewPackRemoval(db, 'mini', 3000);
    expect(await wholeStore(db)).toEqual(before);
    expect(await removePack(db, 'mini', 3000)).toEqual(preview);
  });

  it('stays removed when the bundled pack is loaded again at the next start', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await removePack(db, 'mini', 2000);
    const report = await loadPack(db, miniPack(), 3000);
    expect(report).toMatchObject({ added: 0, updated: 0, removedByReader: true });
    expect(await liveNames(db)).toEqual([]);
  });

  it('comes back when the reader imports the pack again, still without overwriting their edits', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const turkey = await getEntityDetail(db, 'mini:turkey');
    await saveEntity(
      db,
      draft({
        id: 'mini:turkey',
        kind: 'state',
        name: 'Türkiye',
        aliases: turkey.aliases.map((a) => ({ id: a.id, text: a.text })),
      }),
      2000,
    );
    await removePack(db, 'mini', 3000);
    await writePack(db, validatePack(miniPack()), 4000);
    expect(await liveNames(db)).toEqual(['Moscow', 'Moscow conference', 'Russia', 'Sergey Lavrov', 'Türkiye']);
    expect((await db.packs.get('mini'))?.removedAt).toBeUndefined();
  });

  it('refuses a pack that is not loaded', async () => {
    const db = freshDatabase();
    await loadPack(db, starterPack, 1000);
    await expect(removePack(db, 'mini')).rejects.toThrow('No pack "mini" is loaded');
  });
});
