import { describe, expect, it } from 'vitest';
import { loadPack, previewPack } from '@/lib/packs';
import { getEntityDetail, saveEntity } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { wholeStore } from '../store/whole-store';

/** Version 2 of the mini pack: one entity more, one summary changed, one entity dropped. */
function miniPackV2() {
  const pack = miniPack();
  pack.version = 2;
  pack.entities[1]!.summary = 'A transcontinental state.';
  pack.entities = pack.entities.filter((e) => e.id !== 'turkey');
  pack.entities.push({
    id: 'iran',
    kind: 'state',
    name: 'Iran',
    summary: 'A state.',
    aliases: [{ text: 'Iranian' }],
    facts: [],
    relations: [],
  });
  return pack;
}

describe('previewing a pack', () => {
  it('says what loading would add, and writes nothing', async () => {
    const db = freshDatabase();
    const before = await wholeStore(db);
    const preview = await previewPack(db, miniPack(), 1000);
    expect(preview.byTable.entities).toEqual({ added: 5, updated: 0, removed: 0, keptReaderEdits: 0 });
    expect(await wholeStore(db)).toEqual(before);
  });

  it('gives exactly the report that loading then gives', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const preview = await previewPack(db, miniPackV2(), 2000);
    expect(await loadPack(db, miniPackV2(), 2000)).toEqual(preview);
  });

  it('counts an update as adds, updates and removals per kind of record', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const preview = await previewPack(db, miniPackV2(), 2000);
    expect(preview.byTable.entities).toEqual({ added: 1, updated: 1, removed: 1, keptReaderEdits: 0 });
    expect(preview.byTable.aliases).toEqual({ added: 1, updated: 0, removed: 1, keptReaderEdits: 0 });
  });

  it('names the entities the reader edited, which the update leaves alone', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const russia = await getEntityDetail(db, 'mini:russia');
    await saveEntity(db, {
      id: russia.entity.id,
      kind: 'state',
      name: 'Russia',
      summary: 'My own words.',
      aliases: russia.aliases.map((a) => ({ id: a.id, text: a.text, caseSensitive: a.caseSensitive })),
      facts: [],
      relations: [],
    });
    const preview = await previewPack(db, miniPackV2(), 2000);
    expect(preview.byTable.entities).toEqual({ added: 1, updated: 0, removed: 1, keptReaderEdits: 1 });
    await loadPack(db, miniPackV2(), 2000);
    expect((await getEntityDetail(db, 'mini:russia')).entity.summary).toBe('My own words.');
  });
});
