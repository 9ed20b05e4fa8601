import { Dexie } from 'dexie';
import { legacyHlc, packHlc } from '@/lib/merge';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '@/lib/background/mention-index';
import { listSnapshots, takeSnapshot } from '@/lib/backup';
import { BackstoryDatabase, getEntityDetail, matchableStoreKey, selectEntities, tagEntities } from '@/lib/store';

/** Each schema as it shipped. Upgrades must carry a store written by any of them. */
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    entities: 'id, kind, name, packId, updatedAt',
    aliases: 'id, entityId, text, packId',
    facts: 'id, entityId, packId',
    relations: 'id, fromId, toId, packId',
    notes: 'id, entityId, updatedAt',
    packs: 'id',
  },
  2: {
    aliases: 'id, entityId, text, packId, updatedAt',
    cache: 'id',
  },
};

function openShipped(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let step = 1; step <= version; step++) db.version(step).stores(SHIPPED[step]!);
  return db;
}

/** A store as a reader of that version left it: their own records, a pack's, and a tombstone. */
async function fillStore(db: Dexie): Promise<void> {
  const stamp = { createdAt: 1, updatedAt: 2, origin: 'reader' };
  await db.table('entities').bulkPut([
    { id: 'e1', kind: 'person', name: 'Andrei Karlov', summary: 'Diplomat.', ...stamp },
    { id: 'mini:russia', kind: 'state', name: 'Russia', summary: 'A state.', ...stamp, origin: 'pack', packId: 'mini' },
    { id: 'e2', kind: 'person', name: 'Deleted', summary: '', ...stamp, deletedAt: 2 },
  ]);
  await db
    .table('aliases')
    .put({ id: 'a1', entityId: 'e1', text: 'Karlov', caseSensitive: false, ...stamp, updatedAt: 5 });
  await db.table('relations').put({ id: 'r1', fromId: 'e1', toId: 'mini:russia', type: 'member-of', ...stamp });
  await db.table('notes').put({ id: 'n1', entityId: 'e1', text: 'My note', ...stamp });
  await db.table('packs').put({ id: 'mini', name: 'Mini pack', version: 1, loadedAt: 1 });
}

describe.each([1, 2])('upgrading a store written by version %i', (version) => {
  async function upgraded(): Promise<BackstoryDatabase> {
    const name = `upgrade-${version}-${Math.random()}`;
    const old = openShipped(name, version);
    await fillStore(old);
    if (version >= 2) await old.table('cache').put({ id: 'mention-index', key: 'old', value: {} });
    old.close();
    return new BackstoryDatabase(name);
  }

  it('keeps every record and serves it through today’s functions', async () => {
    const db = await upgraded();
    const detail = await getEntityDetail(db, 'e1');
    expect(detail.aliases.map((a) => a.text)).toEqual(['Karlov']);
    expect(detail.notes.map((n) => n.text)).toEqual(['My note']);
    expect(detail.relations.map((r) => r.other.name)).toEqual(['Russia']);
    expect(await db.packs.get('mini')).toEqual({
      id: 'mini',
      name: 'Mini pack',
      version: 1,
      loadedAt: 1,
      clock: packHlc(1),
    });
  });

  it('does not trust a mention index cached before the upgrade', async () => {
    const db = await upgraded();
    const { hits } = await new MentionIndex(db).find(['Ambassador Karlov in Ankara.']);
    expect(hits.map((h) => h.entityId)).toEqual(['e1']);
    expect((await db.cache.get('mention-index'))?.key).toBe(await matchableStoreKey(db));
  });

  it('gives every record a clock: pack records the pack version’s, the reader’s a clock the first sync will send', async () => {
    const db = await upgraded();
    const karlov = await db.entities.get('e1');
    expect(karlov).toMatchObject({ clock: legacyHlc(2), localClock: legacyHlc(2) });
    const russia = await db.entities.get('mini:russia');
    expect(russia?.clock).toBe(packHlc(1));
    expect(russia?.localClock).toBeUndefined();
    // The first write after the upgrade sorts after every clock the store held.
    await tagEntities(db, ['e1'], 'ankara-2016', false);
    expect((await db.entities.get('e1'))!.clock! > legacyHlc(5)).toBe(true);
  });

  it('lets the reader tag the entities it had and find them by tag', async () => {
    const db = await upgraded();
    await tagEntities(db, ['e1', 'mini:russia'], 'ankara-2016', false);
    expect((await selectEntities(db, { tag: 'ankara-2016' })).map((e) => e.id).sort()).toEqual(['e1', 'mini:russia']);
  });

  it('can keep snapshots of what it held', async () => {
    const db = await upgraded();
    await takeSnapshot(db, 'before a test');
    expect((await listSnapshots(db))[0]?.counts).toMatchObject({
      entities: 2,
      aliases: 1,
      relations: 1,
      notes: 1,
      packs: 1,
    });
  });
});
