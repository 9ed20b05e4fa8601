import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import {
  EntityDraftSchema,
  getEntityDetail,
  listMatchableAliases,
  mergeEntities,
  saveEntity,
  saveNote,
} from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);

/** The reader entered Russia by hand before loading the pack that has it too. */
async function storeWithTwoRussias() {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  const mine = await saveEntity(
    db,
    draft({
      kind: 'state',
      name: 'Russian Federation',
      summary: '',
      aliases: [{ text: 'Russia' }, { text: 'RF', caseSensitive: true }, { text: 'Russians' }],
      facts: [{ text: 'Began air strikes in Syria.', date: '2015-09-30' }],
      relations: [
        { type: 'ally-of', toId: 'mini:russia' },
        { type: 'ally-of', toId: 'mini:turkey' },
      ],
      tags: ['states'],
    }),
    2000,
  );
  await saveEntity(
    db,
    draft({ kind: 'person', name: 'Andrei Karlov', relations: [{ type: 'member-of', toId: mine.entity.id }] }),
    2000,
  );
  await saveNote(db, { entityId: mine.entity.id, text: 'Check the 2015 date.' }, 2000);
  return { db, mineId: mine.entity.id };
}

describe('merging two entities that are one', () => {
  it('carries aliases over without repeats, the merged name becoming one of them', async () => {
    const { db, mineId } = await storeWithTwoRussias();
    await mergeEntities(db, 'mini:russia', mineId, 3000);
    const russia = await getEntityDetail(db, 'mini:russia');
    expect(russia.aliases.map((a) => a.text).sort()).toEqual(['RF', 'Russian', 'Russian Federation', 'Russians']);
    const matchable = await listMatchableAliases(db);
    expect(matchable.filter((entry) => entry.text === 'Russian Federation').map((entry) => entry.entityId)).toEqual([
      'mini:russia',
    ]);
  });

  it('keeps a hand-entered duplicate’s name and aliases on the kept entity, each once however it is written', async () => {
    const db = freshDatabase();
    const kept = await saveEntity(
      db,
      draft({
        kind: 'person',
        name: 'Recep Tayyip Erdoğan',
        aliases: [{ text: 'Erdoğan', caseSensitive: true }, { text: 'Recep Erdoğan' }],
      }),
      1000,
    );
    const typed = await saveEntity(
      db,
      draft({
        kind: 'person',
        name: 'Tayyip Erdoğan',
        aliases: [
          { text: 'Erdogan', caseSensitive: true },
          { text: 'RTE', caseSensitive: true },
        ],
      }),
      2000,
    );
    const report = await mergeEntities(db, kept.entity.id, typed.entity.id, 3000);
    const merged = await getEntityDetail(db, kept.entity.id);
    expect(merged.aliases.map((a) => a.text).sort()).toEqual(['Erdoğan', 'RTE', 'Recep Erdoğan', 'Tayyip Erdoğan']);
    expect(report.aliases).toBe(2);
    const matchable = await listMatchableAliases(db);
    expect(matchable.filter((entry) => entry.text === 'Tayyip Erdoğan').map((entry) => entry.entityId)).toEqual([
      kept.entity.id,
    ]);
  });

  it('adds no alias for a merged name the kept entity already answers to in another spelling', async () => {
    const db = freshDatabase();
    const kept = await saveEntity(
      db,
      draft({ kind: 'person', name: 'Recep Tayyip Erdoğan', aliases: [{ text: 'Tayyip Erdoğan' }] }),
      1000,
    );
    const typed = await saveEntity(db, draft({ kind: 'person', name: 'tayyip  erdogan' }), 2000);
    await mergeEntities(db, kept.entity.id, typed.entity.id, 3000);
    expect((await getEntityDetail(db, kept.entity.id)).aliases.map((a) => a.text)).toEqual(['Tayyip Erdoğan']);
  });

  it('carries facts, notes and tags over, and fills an empty summary from the kept one', async () => {
    const { db, mineId } = await storeWithTwoRussias();
    await mergeEntities(db, mineId, 'mini:russia', 3000);
    const merged = await getEntityDetail(db, mineId);
    expect(merged.facts.map((f) => f.text)).toContain('Began air strikes in Syria.');
    expect(merged.notes.map((n) => n.text)).toEqual(['Check the 2015 date.']);
    expect(merged.entity).toMatchObject({ summary: 'A state.', tags: ['states'] });
  });

  it('re-points relations, dropping the one that would join the entity to itself', async () => {
    const { db, mineId } = await storeWithTwoRussias();
    const report = await mergeEntities(db, 'mini:russia', mineId, 3000);
    const russia = await getEntityDetail(db, 'mini:russia');
    const described = russia.relations.map((r) => `${r.direction} ${r.type} ${r.other.name}`).sort();
    expect(described).toEqual([
      'in located-in Moscow',
      'in member-of Andrei Karlov',
      'in member-of Sergey Lavrov',
      'out ally-of Turkey',
    ]);
    expect(report).toMatchObject({ notes: 1, facts: 1, relations: 2 });
  });

  it('drops a relation the kept entity already has', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const putin = await saveEntity(
      db,
      draft({ kind: 'person', name: 'Putin', relations: [{ type: 'member-of', toId: 'mini:russia' }] }),
    );
    const vv = await saveEntity(
      db,
      draft({ kind: 'person', name: 'V. V. Putin', relations: [{ type: 'member-of', toId: 'mini:russia' }] }),
    );
    await mergeEntities(db, putin.entity.id, vv.entity.id);
    expect((await getEntityDetail(db, putin.entity.id)).relations).toHaveLength(1);
  });

  it('tombstones the merged entity, and a pack reload does not bring it or its moved records back', async () => {
    const { db, mineId } = await storeWithTwoRussias();
    await mergeEntities(db, mineId, 'mini:russia', 3000);
    await loadPack(db, { ...miniPack(), version: 2 }, 4000);
    expect((await db.entities.get('mini:russia'))?.deletedAt).toBe(3000);
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(lavrov.relations.map((r) => r.other.id)).toEqual([mineId]);
  });

  it('refuses to merge an entity with itself or with one that does not exist', async () => {
    const { db, mineId } = await storeWithTwoRussias();
    await expect(mergeEntities(db, mineId, mineId)).rejects.toThrow(/itself/);
    await expect(mergeEntities(db, mineId, 'nowhere')).rejects.toThrow(/No entity with id "nowhere"/);
    expect((await getEntityDetail(db, mineId)).notes).toHaveLength(1);
  });
});
