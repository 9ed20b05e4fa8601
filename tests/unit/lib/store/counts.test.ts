import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import { countStore, deleteEntities, liveRecords } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

describe('what the store holds', () => {
  it('counts live records only: a deleted entity and its aliases leave the counts', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await countStore(db);
    const [gone] = await db.entities.toArray();
    const itsAliases = await db.aliases.where('entityId').equals(gone!.id).count();
    await deleteEntities(db, [gone!.id], 2000);
    const after = await countStore(db);
    expect(after.entities).toBe(before.entities - 1);
    expect(after.aliases).toBe(before.aliases - itsAliases);
    expect(after.packs).toBe(1);
  });

  it('reads a table without its tombstones', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const [gone] = await db.entities.toArray();
    await deleteEntities(db, [gone!.id], 2000);
    const live = await liveRecords(db.entities);
    expect(live.map((entity) => entity.id)).not.toContain(gone!.id);
    expect(live.length).toBe((await db.entities.count()) - 1);
  });
});
