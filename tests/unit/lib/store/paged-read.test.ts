import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import { deleteEntities, isLive, listEntitiesWithAliases, readInPages, type BackstoryDatabase } from '@/lib/store';
import type { AliasRecord } from '@/lib/store/records';
import { freshDatabase, miniPack, readerEntity } from '../../support/mini-pack';

const person = (id: string, deletedAt?: number) => readerEntity(id, deletedAt === undefined ? {} : { deletedAt });
const alias = (id: string, entityId: string, deletedAt?: number): AliasRecord => ({
  id,
  entityId,
  text: id,
  caseSensitive: false,
  createdAt: 1,
  updatedAt: 1,
  origin: 'reader',
  ...(deletedAt === undefined ? {} : { deletedAt }),
});

/** The read as it was before paging: one getAll per table. */
async function wholeRead(db: BackstoryDatabase) {
  const entities = (await db.entities.toArray()).filter(isLive);
  const aliases = (await db.aliases.toArray()).filter(isLive);
  return entities.map((entity) => ({
    entity,
    aliases: aliases.filter((a) => a.entityId === entity.id),
  }));
}

/** A pack plus reader records with tombstones spread across pages of 3. */
async function storeWithTombstones(): Promise<BackstoryDatabase> {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  const [gone] = await db.entities.toArray();
  await deleteEntities(db, [gone!.id], 2000);
  const ids = Array.from({ length: 20 }, (_, i) => `r:e${String(i).padStart(2, '0')}`);
  await db.entities.bulkPut(ids.map((id, i) => person(id, i % 4 === 1 ? 3000 : undefined)));
  await db.aliases.bulkPut(
    ids.flatMap((id, i) => [alias(`${id}:a`, id), alias(`${id}:b`, id, i % 3 === 0 ? 3000 : undefined)]),
  );
  return db;
}

describe('reading tables in pages', () => {
  it('returns what one getAll returns, in key order with tombstones, for every page size', async () => {
    const db = await storeWithTombstones();
    const whole = await db.aliases.toArray();
    expect(whole.some((a) => !isLive(a))).toBe(true);
    for (const size of [1, 2, 3, whole.length - 1, whole.length, whole.length + 1]) {
      expect(await readInPages(db.aliases, size)).toEqual(whole);
    }
  });

  it('reads an empty table as empty', async () => {
    expect(await readInPages(freshDatabase().relations, 3)).toEqual([]);
  });

  it('lists entities with their aliases exactly as the whole-table read did, across page boundaries', async () => {
    const db = await storeWithTombstones();
    const expected = await wholeRead(db);
    expect(expected.length).toBeGreaterThan(6);
    expect(await listEntitiesWithAliases(db, 3)).toEqual(expected);
    expect(await listEntitiesWithAliases(db)).toEqual(expected);
  });
});
