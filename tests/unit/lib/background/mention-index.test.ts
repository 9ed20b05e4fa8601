import { describe, expect, it } from 'vitest';
import { MentionIndex } from '@/lib/background/mention-index';
import { loadPack } from '@/lib/packs';
import { getEntityDetail, saveEntity } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const text = 'Lavrov flew to Moscow for the Moscow conference.';

describe('the mention index', () => {
  it('finds mentions with the names and kinds of the entities hit', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const { hits, entities } = await new MentionIndex(db).find([text]);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Lavrov', 'Moscow', 'Moscow conference']);
    expect(entities.find((e) => e.id === 'mini:sergey-lavrov')).toEqual({ id: 'mini:sergey-lavrov', name: 'Sergey Lavrov', kind: 'person' });
  });

  it('answers after a worker restart from its cache, without rebuilding the automaton', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    await new MentionIndex(db).find([text]);
    // Rewrite an alias behind the index's back, keeping its timestamp: only an index
    // that skipped the rebuild still knows the old text.
    const lavrov = (await db.aliases.where('entityId').equals('mini:sergey-lavrov').toArray()).find((a) => a.text === 'Lavrov')!;
    await db.aliases.put({ ...lavrov, text: 'Lavroff' });
    const restarted = new MentionIndex(db);
    expect((await restarted.find([text])).hits).toHaveLength(3);
  });

  it('rebuilds when an alias was added since the cache was written', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    await new MentionIndex(db).find([text]);
    const russia = await getEntityDetail(db, 'mini:russia');
    await saveEntity(db, {
      id: russia.entity.id, kind: 'state', name: 'Russia', summary: '',
      aliases: [...russia.aliases.map((a) => ({ id: a.id, text: a.text, caseSensitive: a.caseSensitive })), { text: 'the Kremlin', caseSensitive: false }],
      facts: [], relations: [],
    });
    const { hits } = await new MentionIndex(db).find(['Talks at the Kremlin.']);
    expect(hits.map((h) => h.entityId)).toEqual(['mini:russia']);
  });

  it('ignores a corrupted cache and rebuilds', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    await new MentionIndex(db).find([text]);
    const record = (await db.cache.toArray())[0]!;
    await db.cache.put({ ...record, value: { matcher: { version: 99 }, entities: [] } });
    expect((await new MentionIndex(db).find([text])).hits).toHaveLength(3);
    expect((await db.cache.toArray())[0]?.value).toMatchObject({ matcher: { version: 1 } });
  });
});
