import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readReplaced } from '@/lib/store/read-replaced';
import type { BackstoryDatabase } from '@/lib/store/db';
import { freshDatabase, readerEntity } from '../../support/mini-pack';

const actor = (id: string) => readerEntity(id);
const ids = (from: number, to: number, prefix = 'p:e') =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${String(from + i).padStart(4, '0')}`);

async function bothReads(db: BackstoryDatabase, keys: string[]) {
  return db.transaction('r', db.entities, async () => {
    const trans = Dexie.currentTransaction!.idbtrans as unknown as Parameters<typeof readReplaced>[1];
    const table = db.core.table('entities');
    return { ranged: await readReplaced(table, trans, keys), perKey: await table.getMany({ trans, keys }) };
  });
}

describe('reading the records a batch replaces', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds, for ids in order, what a read per id finds: stored ones, new ones, and none of the records between', async () => {
    const db = freshDatabase();
    await db.entities.bulkPut([...ids(0, 300), ...ids(0, 50, 'p:e0100x')].map(actor));
    const keys = [...ids(100, 250), 'p:e0250-new', ...ids(250, 260)].sort();
    const { ranged, perKey } = await bothReads(db, keys);
    expect(ranged).toEqual(perKey);
    expect(ranged.filter((record) => record === undefined)).toHaveLength(1);
  });

  it('answers alike for ids scattered over a store far larger than the batch, and for ids out of order', async () => {
    const db = freshDatabase();
    await db.entities.bulkPut(ids(0, 2000).map(actor));
    const scattered = ids(0, 2000).filter((_, i) => i % 20 === 0);
    for (const keys of [scattered, [...scattered].reverse()]) {
      const { ranged, perKey } = await bothReads(db, keys);
      expect(ranged).toEqual(perKey);
    }
  });
});
