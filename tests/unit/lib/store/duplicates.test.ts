import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import {
  addStopPhrase,
  deleteEntity,
  EntityDraftSchema,
  findDuplicateEntities,
  findDuplicates,
  nameKey,
  saveEntity,
} from '@/lib/store';
import type { AliasRecord, EntityRecord } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);

function stored(id: string, name: string, aliases: string[] = [], stop: string[] = []) {
  const entity = {
    id,
    kind: 'person',
    name,
    summary: '',
    createdAt: 1,
    updatedAt: 1,
    origin: 'reader',
  } as EntityRecord;
  const alias = (text: string, isStop: boolean) =>
    ({
      id: `${id}:${text}`,
      entityId: id,
      text,
      caseSensitive: false,
      stop: isStop || undefined,
      createdAt: 1,
      updatedAt: 1,
      origin: 'reader',
    }) as AliasRecord;
  return { entity, aliases: [...aliases.map((a) => alias(a, false)), ...stop.map((a) => alias(a, true))] };
}

const erdogan = stored('erdogan', 'Recep Tayyip Erdoğan', ['Tayyip Erdoğan', 'Erdoğan']);

describe('finding the entity a new name duplicates', () => {
  it('finds a new name that is another entity’s alias, folded as the matcher folds it', () => {
    for (const typed of ['Tayyip Erdoğan', 'tayyip erdogan', '  TAYYIP   ERDOGAN ']) {
      expect(findDuplicates(typed, [erdogan])).toEqual([
        {
          entity: { id: 'erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', summary: '' },
          via: 'alias',
          text: 'Tayyip Erdoğan',
        },
      ]);
    }
  });

  it('finds the same name written another way, and names it before entities that merely have the alias', () => {
    const twin = stored('twin', 'Tayyip Erdogan');
    const found = findDuplicates('Tayyip Erdoğan', [erdogan, twin]);
    expect(found.map((d) => [d.entity.id, d.via, d.text])).toEqual([
      ['twin', 'name', 'Tayyip Erdogan'],
      ['erdogan', 'alias', 'Tayyip Erdoğan'],
    ]);
  });

  it('does not warn for a name that only starts like another, for the entity itself, or for an empty name', () => {
    expect(findDuplicates('Tayyip', [erdogan])).toEqual([]);
    expect(findDuplicates('Erdoğan Bayraktar', [erdogan])).toEqual([]);
    expect(findDuplicates('Recep Tayyip Erdoğan', [erdogan], 'erdogan')).toEqual([]);
    expect(findDuplicates('   ', [erdogan])).toEqual([]);
  });

  it('does not count a stop phrase (a “Not this?” in a card) as a name the entity answers to', () => {
    expect(findDuplicates('Turkey Trot', [stored('turkey', 'Turkey', [], ['Turkey Trot'])])).toEqual([]);
  });

  it('names at most three entities', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => stored(id, `Person ${id}`, ['The Minister']));
    expect(findDuplicates('the minister', many)).toHaveLength(3);
  });

  it('folds names as one key: case, diacritics, quotes and runs of spaces', () => {
    expect(nameKey(' Bashar  al‑Assad ')).toBe(nameKey('bashar al-assad'));
    expect(nameKey('Qasem Soleimani')).not.toBe(nameKey('Qasem Suleimani'));
  });

  it('reads the store as it is now: a removed alias or a deleted entity is no duplicate', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const mine = await saveEntity(
      db,
      draft({ kind: 'person', name: 'Recep Tayyip Erdoğan', aliases: [{ text: 'Tayyip Erdoğan' }] }),
      2000,
    );
    await addStopPhrase(db, 'mini:russia', 'Russian Roulette', 2000);
    expect((await findDuplicateEntities(db, 'tayyip erdogan')).map((d) => d.entity.id)).toEqual([mine.entity.id]);
    expect((await findDuplicateEntities(db, 'Sergei Lavrov')).map((d) => d.entity.id)).toEqual(['mini:sergey-lavrov']);
    expect(await findDuplicateEntities(db, 'Russian Roulette')).toEqual([]);
    await saveEntity(
      db,
      draft({ id: mine.entity.id, kind: 'person', name: 'Recep Tayyip Erdoğan', aliases: [] }),
      3000,
    );
    expect(await findDuplicateEntities(db, 'Tayyip Erdoğan')).toEqual([]);
    await deleteEntity(db, mine.entity.id, 4000);
    expect(await findDuplicateEntities(db, 'Recep Tayyip Erdogan')).toEqual([]);
  });
});
