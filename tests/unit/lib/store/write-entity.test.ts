import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '@/lib/matcher';
import { loadPack } from '@/lib/packs';
import {
  deleteEntity,
  EntityDraftSchema,
  getEntityDetail,
  listMatchableAliases,
  saveEntity,
  searchByName,
} from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);

describe('saving an entity', () => {
  it('creates a reader entity with its aliases, facts and relations in one go', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const saved = await saveEntity(
      db,
      draft({
        kind: 'person',
        name: 'Andrei Karlov',
        summary: 'Russian ambassador to Turkey.',
        aliases: [{ text: 'Karlov' }],
        facts: [
          {
            text: 'Assassinated in Ankara.',
            date: '2016-12-19',
            sourceUrl: 'https://en.wikipedia.org/wiki/Andrei_Karlov',
          },
        ],
        relations: [{ type: 'member-of', toId: 'mini:russia' }],
      }),
    );
    expect(saved.entity.origin).toBe('reader');
    expect(saved.aliases.map((a) => a.text)).toEqual(['Karlov']);
    expect(saved.relations[0]?.other.name).toBe('Russia');
    const russia = await getEntityDetail(db, 'mini:russia');
    expect(russia.relations.some((r) => r.direction === 'in' && r.other.name === 'Andrei Karlov')).toBe(true);
  });

  it('refuses an empty name before anything is written', () => {
    expect(() => draft({ kind: 'person', name: '   ' })).toThrow(/name must not be empty/);
  });

  it('refuses a relation to an entity that does not exist and writes nothing', async () => {
    const db = freshDatabase();
    await expect(
      saveEntity(db, draft({ kind: 'person', name: 'Nobody', relations: [{ type: 'leads', toId: 'nowhere' }] })),
    ).rejects.toThrow(/Unknown related entity: nowhere/);
    expect(await db.entities.count()).toBe(0);
  });

  it('refuses a javascript: source link', () => {
    expect(() =>
      draft({ kind: 'person', name: 'X', facts: [{ text: 'y', sourceUrl: 'javascript:alert(1)' }] }),
    ).toThrow();
  });

  it('tombstones an alias the reader removed, so it is no longer matched', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    await saveEntity(
      db,
      draft({
        id: lavrov.entity.id,
        kind: 'person',
        name: lavrov.entity.name,
        summary: lavrov.entity.summary,
        aliases: lavrov.aliases.filter((a) => a.text === 'Lavrov').map((a) => ({ id: a.id, text: a.text })),
        relations: lavrov.relations
          .filter((r) => r.direction === 'out')
          .map((r) => ({ id: r.id, type: r.type, toId: r.other.id })),
      }),
    );
    const aliases = (await listMatchableAliases(db)).filter((a) => a.entityId === lavrov.entity.id).map((a) => a.text);
    expect(aliases.sort()).toEqual(['Lavrov', 'Sergey Lavrov']);
  });
});

describe('deleting an entity', () => {
  it('removes it with its aliases and relations from search and matching', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    await deleteEntity(db, 'mini:russia');
    expect(await searchByName(db, 'russia', 10)).toEqual([]);
    expect((await listMatchableAliases(db)).some((a) => a.entityId === 'mini:russia')).toBe(false);
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(lavrov.relations).toEqual([]);
  });
});

describe('searching the store', () => {
  it('finds entities by alias, ignoring case and diacritics, names starting with the query first', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    expect((await searchByName(db, 'sergei', 10)).map((e) => e.name)).toEqual(['Sergey Lavrov']);
    expect((await searchByName(db, 'MOSCOW', 10)).map((e) => e.name)).toEqual(['Moscow', 'Moscow conference']);
  });
});

describe('names as aliases', () => {
  it('matches a one-word name only as written and a longer name in any case', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const aliases = await listMatchableAliases(db);
    expect(aliases.find((a) => a.text === 'Turkey')?.caseSensitive).toBe(true);
    expect(aliases.find((a) => a.text === 'Sergey Lavrov')?.caseSensitive).toBe(false);
  });
});

describe('stop phrases', () => {
  it('a stop phrase saved on an entity keeps its alias unmarked inside the phrase', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const turkey = await getEntityDetail(db, 'mini:turkey');
    await saveEntity(
      db,
      draft({
        id: turkey.entity.id,
        kind: 'state',
        name: 'Turkey',
        summary: turkey.entity.summary,
        aliases: [
          ...turkey.aliases.map((a) => ({ id: a.id, text: a.text, caseSensitive: a.caseSensitive })),
          { text: 'Turkey Point', stop: true },
        ],
      }),
    );
    const matcher = buildMatcher(await listMatchableAliases(db));
    const text = 'Turkey Point is in Florida; Turkey is not.';
    expect(matcher.findMentions(text).map((h) => h.start)).toEqual([text.indexOf('Turkey is')]);
  });
});
