import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import { matchableStoreKey, saveNote, type BackstoryDatabase } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

async function withMiniPack(): Promise<BackstoryDatabase> {
  const db = freshDatabase();
  await loadPack(db, miniPack());
  return db;
}

describe('the freshness key of what the matcher is built from', () => {
  it.each([
    ['a put', (db: BackstoryDatabase) => db.entities.update('mini:russia', { summary: 'Changed.' })],
    ['a bulk put', async (db: BackstoryDatabase) => db.aliases.bulkPut(await db.aliases.toArray())],
    [
      'a modify',
      (db: BackstoryDatabase) => db.aliases.where('entityId').equals('mini:russia').modify({ caseSensitive: true }),
    ],
    ['a delete', (db: BackstoryDatabase) => db.aliases.where('entityId').equals('mini:russia').delete()],
    ['a clear', (db: BackstoryDatabase) => db.entities.clear()],
    ['a relation clear', (db: BackstoryDatabase) => db.relations.clear()],
  ])('changes with %s of entities, aliases or relations', async (_, write) => {
    const db = await withMiniPack();
    const before = await matchableStoreKey(db);
    expect(before).not.toBe('');
    await write(db);
    expect(await matchableStoreKey(db)).not.toBe(before);
  });

  it('stays when only notes or facts change', async () => {
    const db = await withMiniPack();
    const before = await matchableStoreKey(db);
    await saveNote(db, { entityId: 'mini:russia', text: 'A note.' });
    await db.facts.toCollection().modify({ sourceTitle: 'Changed' });
    expect(await matchableStoreKey(db)).toBe(before);
  });

  it('stays when the write is rolled back, as the records do', async () => {
    const db = await withMiniPack();
    const before = await matchableStoreKey(db);
    await expect(
      db.transaction('rw', db.aliases, async () => {
        await db.aliases.clear();
        throw new Error('the worker stopped');
      }),
    ).rejects.toThrow('the worker stopped');
    expect(await matchableStoreKey(db)).toBe(before);
    expect(await db.aliases.count()).toBeGreaterThan(0);
  });
});
