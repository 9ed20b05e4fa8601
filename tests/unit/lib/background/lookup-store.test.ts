import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLookedUp, qidOfEntity } from '@/lib/background/lookup-store';
import { WikimediaClient, lookUpItem, memoryCache } from '@/lib/lookup';
import { loadPack } from '@/lib/packs';
import { EntityDraftSchema, getEntityDetail, saveEntity, type BackstoryDatabase } from '@/lib/store';
import { freshDatabase } from '../../support/mini-pack';
import { startFakeWikimedia, type FakeWikimedia } from '../../../support/wikimedia/fake-wikimedia';
import * as v from 'valibot';

const FARHADI = 'Q130000001';
let fake: FakeWikimedia;

beforeAll(async () => {
  fake = await startFakeWikimedia();
});
afterAll(async () => {
  await fake.close();
});

const client = () =>
  new WikimediaClient({
    endpoints: async () => ({ wikidata: fake.wikidata, wikipedia: fake.wikipedia }),
    cache: memoryCache(),
    userAgent: 'Backstory/test',
  });

const liveEntities = async (db: BackstoryDatabase) =>
  (await db.entities.toArray()).filter((entity) => entity.deletedAt === undefined);

/** A pack that already knows Merkel and her party by their Q-ids, as the starter and world packs know theirs. */
const germanyPack = {
  format: 'backstory-pack',
  formatVersion: 2,
  id: 'germany',
  name: 'Germany',
  version: 1,
  entities: [
    {
      id: 'merkel',
      key: 'wd:Q567',
      kind: 'person',
      name: 'Angela Merkel',
      summary: 'Chancellor of Germany, 2005-2021.',
    },
    { id: 'cdu', key: 'wd:Q49762', kind: 'organisation', name: 'CDU', summary: 'A German party.' },
  ],
};

describe('adding a looked-up item to the store', () => {
  it('adds a new entity keyed by its Q-id, with its Wikipedia lead credited and its facts citing Wikidata', async () => {
    const db = await freshDatabase();
    const added = await addLookedUp(db, await lookUpItem(client(), FARHADI, ['en']));
    expect(added).toMatchObject({ name: 'Leila Farhadi', updated: false });
    const detail = await getEntityDetail(db, added.entityId);
    expect(detail.entity).toMatchObject({ key: `wd:${FARHADI}`, kind: 'person' });
    expect(detail.entity.summary).toMatch(
      /^Leila Farhadi \(born March 1979\) is an Iranian-born British political scientist/,
    );
    expect(detail.entity.sources).toEqual([
      { name: 'Wikidata', licence: 'CC0 1.0', url: 'https://www.wikidata.org/' },
      { name: 'Wikipedia: Leila Farhadi', licence: 'CC BY-SA 4.0', url: 'https://en.wikipedia.org/wiki/Leila_Farhadi' },
    ]);
    expect(detail.facts.find((fact) => fact.text === 'Born.')).toMatchObject({
      date: '1979-03',
      sourceUrl: `https://www.wikidata.org/wiki/${FARHADI}#P569`,
    });
    expect(await qidOfEntity(db, added.entityId)).toBe(FARHADI);
  });

  it('looking the same item up again lands on the same entity, not a second one', async () => {
    const db = await freshDatabase();
    const first = await addLookedUp(db, await lookUpItem(client(), FARHADI, ['en']));
    const count = (await liveEntities(db)).length;
    const again = await addLookedUp(db, await lookUpItem(client(), FARHADI, ['en']));
    expect(again.entityId).toBe(first.entityId);
    expect(await liveEntities(db)).toHaveLength(count);
    expect((await getEntityDetail(db, first.entityId)).facts).toHaveLength(3);
  });

  it('an entity a pack already holds under the Q-id takes the look-up’s names and facts, and relations reach the store’s entities', async () => {
    const db = await freshDatabase();
    await loadPack(db, germanyPack);
    const before = (await liveEntities(db)).length;
    const added = await addLookedUp(db, await lookUpItem(client(), 'Q567', ['en', 'de']));
    expect(added).toEqual({ entityId: 'germany:merkel', name: 'Angela Merkel', updated: true });
    expect(await liveEntities(db)).toHaveLength(before);
    const detail = await getEntityDetail(db, 'germany:merkel');
    expect(detail.entity.summary).toBe('Chancellor of Germany, 2005-2021.');
    expect(detail.aliases.map((alias) => alias.text)).toContain('Angela Dorothea Merkel');
    expect(detail.facts.map((fact) => fact.text)).toContain('Born.');
    expect(detail.relations.map((relation) => [relation.type, relation.other.id])).toContainEqual([
      'member-of',
      'germany:cdu',
    ]);
  });

  it('adds no entity for the items its facts and relations name that the store lacks', async () => {
    const db = await freshDatabase();
    const before = (await liveEntities(db)).length;
    const added = await addLookedUp(db, await lookUpItem(client(), 'Q567', ['en']));
    expect(await liveEntities(db)).toHaveLength(before + 1);
    expect((await getEntityDetail(db, added.entityId)).relations).toEqual([]);
  });

  it('Refresh updates what came from Wikidata and leaves what the reader edited', async () => {
    const db = await freshDatabase();
    const added = await addLookedUp(db, await lookUpItem(client(), FARHADI, ['en']));
    const detail = await getEntityDetail(db, added.entityId);
    await saveEntity(
      db,
      v.parse(EntityDraftSchema, {
        id: added.entityId,
        kind: 'person',
        name: 'Dr Leila Farhadi',
        summary: 'My own summary.',
        aliases: detail.aliases.map(({ text, caseSensitive }) => ({ text, caseSensitive })),
        facts: detail.facts.map(({ id, text, date, end, sourceUrl, sourceTitle }) => ({
          id,
          text,
          date,
          end,
          sourceUrl,
          sourceTitle,
        })),
      }),
    );
    // Meanwhile Wikidata learnt of a new post.
    const item = await lookUpItem(client(), FARHADI, ['en']);
    const newPost = {
      text: 'Worked for Chatham House.',
      date: '2026-10',
      itemUrl: `https://www.wikidata.org/wiki/${FARHADI}#P108`,
    };
    const refreshed = await addLookedUp(db, {
      ...item,
      entity: { ...item.entity, facts: [...item.entity.facts, newPost] },
    });
    expect(refreshed.entityId).toBe(added.entityId);
    const after = await getEntityDetail(db, added.entityId);
    expect(after.entity).toMatchObject({ name: 'Dr Leila Farhadi', summary: 'My own summary.' });
    expect(after.facts.map((fact) => fact.text)).toContain('Worked for Chatham House.');
  });
});
