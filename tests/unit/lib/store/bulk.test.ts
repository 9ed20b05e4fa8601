import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import {
  deleteEntities,
  EntityDraftSchema,
  getEntityDetail,
  listTags,
  saveEntity,
  selectEntities,
  tagEntities,
} from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);

describe('tags on entities', () => {
  it('are saved with an entity, sorted and without repeats', async () => {
    const db = freshDatabase();
    const saved = await saveEntity(
      db,
      draft({ kind: 'person', name: 'Andrei Karlov', tags: ['to-check', ' ankara ', 'to-check'] }),
    );
    expect(saved.entity.tags).toEqual(['ankara', 'to-check']);
  });

  it('stay as they are when an editor that does not show tags saves the entity', async () => {
    const db = freshDatabase();
    const saved = await saveEntity(db, draft({ kind: 'person', name: 'Andrei Karlov', tags: ['ankara'] }));
    const resaved = await saveEntity(
      db,
      draft({ id: saved.entity.id, kind: 'person', name: 'Andrei Karlov', summary: 'Diplomat.' }),
    );
    expect(resaved.entity.tags).toEqual(['ankara']);
  });

  it('put on a pack entity do not count as an edit, so the pack can still update it and keeps the tag', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await tagEntities(db, ['mini:russia'], 'syria-story', false, 2000);
    const changed = miniPack();
    changed.entities[1]!.summary = 'A state spanning Europe and Asia.';
    const report = await loadPack(db, changed, 3000);
    const russia = await db.entities.get('mini:russia');
    expect(russia).toMatchObject({ summary: 'A state spanning Europe and Asia.', tags: ['syria-story'] });
    expect(russia?.editedByReader).toBeUndefined();
    expect(report.keptReaderEdits).toBe(0);
  });

  it('are put on many entities at once and answer which changed, so the undo leaves earlier tags alone', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await tagEntities(db, ['mini:russia'], 'moscow-talks', false);
    const changed = await tagEntities(db, ['mini:russia', 'mini:turkey', 'mini:sergey-lavrov'], 'moscow-talks', false);
    expect(changed.sort()).toEqual(['mini:sergey-lavrov', 'mini:turkey']);
    await tagEntities(db, changed, 'moscow-talks', true);
    expect((await selectEntities(db, { tag: 'moscow-talks' })).map((e) => e.id)).toEqual(['mini:russia']);
  });

  it('are listed with how many entities wear each', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await tagEntities(db, ['mini:russia', 'mini:turkey'], 'states', false);
    await tagEntities(db, ['mini:turkey'], 'nato', false);
    expect(await listTags(db)).toEqual([
      { tag: 'nato', count: 1 },
      { tag: 'states', count: 2 },
    ]);
  });

  it('tag nothing when one of the ids is unknown', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await expect(tagEntities(db, ['mini:russia', 'nowhere'], 'states', false)).rejects.toThrow(
      /No entity with id "nowhere"/,
    );
    expect(await listTags(db)).toEqual([]);
  });
});

describe('selecting entities', () => {
  it('combines tag, kind and pack, leaving deleted entities out', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await tagEntities(db, ['mini:russia', 'mini:turkey', 'mini:moscow'], 'region', false);
    await deleteEntities(db, ['mini:turkey']);
    expect((await selectEntities(db, { tag: 'region', kind: 'state' })).map((e) => e.id)).toEqual(['mini:russia']);
    expect((await selectEntities(db, { packId: 'mini', kind: 'event' })).map((e) => e.id)).toEqual([
      'mini:moscow-conference-2016',
    ]);
  });
});

describe('deleting many entities', () => {
  it('tombstones each with everything that hangs off it', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    expect(await deleteEntities(db, ['mini:sergey-lavrov', 'mini:russia', 'mini:russia'], 2000)).toBe(2);
    expect((await db.entities.get('mini:russia'))?.deletedAt).toBe(2000);
    expect(
      (await db.aliases.where('entityId').equals('mini:sergey-lavrov').toArray()).every((a) => a.deletedAt === 2000),
    ).toBe(true);
    expect((await getEntityDetail(db, 'mini:moscow')).relations).toEqual([]);
  });

  it('deletes nothing when one of the ids is unknown', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await expect(deleteEntities(db, ['mini:russia', 'nowhere'])).rejects.toThrow(/nowhere/);
    expect((await db.entities.get('mini:russia'))?.deletedAt).toBeUndefined();
  });
});
