import { describe, expect, it } from 'vitest';
import { buildMatcher } from '@/lib/matcher';
import { loadPack } from '@/lib/packs';
import { addStopPhrase, getEntityDetail, listMatchableAliases } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const marked = async (db: ReturnType<typeof freshDatabase>, text: string) =>
  buildMatcher(await listMatchableAliases(db))
    .findMentions(text)
    .map((hit) => text.slice(hit.start, hit.end));

describe('“Not this?” on a mark', () => {
  it('stops the name in that phrase and nowhere else', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await addStopPhrase(db, 'mini:russia', 'Russia Today', 2000);
    expect(await marked(db, 'Russia Today said that Russia had')).toEqual(['Russia']);
  });

  it('is listed among the entity’s names, where deleting it undoes the choice', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const stop = await addStopPhrase(db, 'mini:russia', '  Russia   Today ', 2000);
    const russia = await getEntityDetail(db, 'mini:russia');
    expect(russia.aliases.find((alias) => alias.id === stop.id)).toMatchObject({
      text: 'Russia Today',
      stop: true,
      origin: 'reader',
    });
  });

  it('said twice about the same phrase writes one stop phrase', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const first = await addStopPhrase(db, 'mini:russia', 'Russia Today', 2000);
    const second = await addStopPhrase(db, 'mini:russia', 'russia today', 3000);
    expect(second.id).toBe(first.id);
  });

  it('about an entity that is gone is refused and writes nothing', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await db.aliases.count();
    await expect(addStopPhrase(db, 'mini:nowhere', 'Nowhere Land', 2000)).rejects.toThrow();
    expect(await db.aliases.count()).toBe(before);
  });
});
