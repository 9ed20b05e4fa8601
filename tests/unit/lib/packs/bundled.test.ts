import { describe, expect, it } from 'vitest';
import { loadBundledPack, removePack, type BundledPack } from '@/lib/packs';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const bundled = (version = 1): BundledPack & { reads: number } => {
  const pack = { ...miniPack(), version };
  const self = {
    id: pack.id,
    version,
    reads: 0,
    read: () => {
      self.reads += 1;
      return Promise.resolve(pack);
    },
  };
  return self;
};

describe('a pack bundled with Backstory', () => {
  it('loads at the first start, in steps, and says what it added', async () => {
    const db = freshDatabase();
    const report = await loadBundledPack(db, bundled(), { now: 1000, stepSize: 2 });
    expect(report?.byTable.entities.added).toBe(5);
    expect(await db.entities.count()).toBe(5);
    expect(await db.packs.get('mini')).toMatchObject({ version: 1 });
  });

  it('is not even read at a start where this version is already in the store', async () => {
    const db = freshDatabase();
    await loadBundledPack(db, bundled(), { now: 1000 });
    const again = bundled();
    expect(await loadBundledPack(db, again, { now: 2000 })).toBeUndefined();
    expect(again.reads).toBe(0);
  });

  it('finishes a load a stopped worker left half done', async () => {
    const db = freshDatabase();
    await loadBundledPack(db, bundled(), { now: 1000 });
    // As after a stop between steps: some records written, the pack's row not yet.
    await db.packs.delete('mini');
    await db.aliases.clear();
    const report = await loadBundledPack(db, bundled(), { now: 2000 });
    expect(report?.byTable.aliases.added).toBeGreaterThan(0);
    expect(report?.byTable.entities.added).toBe(0);
    expect(await db.packs.get('mini')).toMatchObject({ version: 1 });
  });

  it('stays out once the reader removed it', async () => {
    const db = freshDatabase();
    await loadBundledPack(db, bundled(), { now: 1000 });
    await removePack(db, 'mini', 2000);
    expect(await loadBundledPack(db, bundled(2), { now: 3000 })).toBeUndefined();
    expect((await db.entities.toArray()).filter((entity) => entity.deletedAt === undefined)).toEqual([]);
  });

  it('updates the store when a newer version ships', async () => {
    const db = freshDatabase();
    await loadBundledPack(db, bundled(), { now: 1000 });
    const report = await loadBundledPack(db, bundled(2), { now: 2000 });
    expect(report).toBeDefined();
    expect(await db.packs.get('mini')).toMatchObject({ version: 2 });
  });
});
