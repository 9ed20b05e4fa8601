import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPack } from '@/lib/packs';
import { emptyWrites } from '@/lib/store/apply-writes';
import { applyWritesInBatches } from '@/lib/store/batched-writes';
import type { EntityRecord } from '@/lib/store/records';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { wholeStore } from './whole-store';

function writesOf(entities: EntityRecord[]) {
  return { ...emptyWrites(), entities };
}

const actor = (i: number): EntityRecord => ({
  id: `reader:actor-${String(i)}`,
  kind: 'person',
  name: `Actor ${String(i)}`,
  summary: '',
  createdAt: 1,
  updatedAt: 1,
  origin: 'reader',
});

describe('writes in batches of transactions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes everything, a batch at a time, saying how far it got', async () => {
    const db = freshDatabase();
    const seen: number[] = [];
    await applyWritesInBatches(db, writesOf(Array.from({ length: 25 }, (_, i) => actor(i))), {
      chunkSize: 10,
      onProgress: (done) => seen.push(done),
    });
    expect(seen).toEqual([10, 20, 25]);
    expect(await db.entities.count()).toBe(25);
  });

  it('cancelled half-way, takes back the batches written, the records it replaced included', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await wholeStore(db);
    const lavrov = (await db.entities.get('mini:sergey-lavrov'))!;
    const controller = new AbortController();
    const writes = writesOf([
      { ...lavrov, summary: 'Overwritten by the import.' },
      ...Array.from({ length: 30 }, (_, i) => actor(i)),
    ]);
    const written = applyWritesInBatches(db, writes, {
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 20) controller.abort();
      },
    });
    await expect(written).rejects.toThrow('Cancelled: nothing was written');
    expect(await wholeStore(db)).toEqual(before);
  });

  it('a write that fails takes back what the batches before it wrote', async () => {
    const db = freshDatabase();
    const before = await wholeStore(db);
    const broken = { ...actor(99), id: undefined } as unknown as EntityRecord;
    const writes = writesOf([...Array.from({ length: 20 }, (_, i) => actor(i)), broken]);
    await expect(applyWritesInBatches(db, writes, { chunkSize: 10 })).rejects.toThrow();
    expect(await wholeStore(db)).toEqual(before);
  });

  it('a write that fails in a later table takes back every table, the batches in flight with it included', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await wholeStore(db);
    const aliases = Array.from({ length: 45 }, (_, i) => ({
      id: `reader:alias-${String(i).padStart(2, '0')}`,
      entityId: 'reader:actor-1',
      text: `Alias ${String(i)}`,
      caseSensitive: false,
      createdAt: 1,
      updatedAt: 1,
      origin: 'reader' as const,
    }));
    // The fourth batch of aliases fails while the third may still be in flight.
    aliases[33] = { ...aliases[33]!, id: undefined } as unknown as (typeof aliases)[number];
    const writes = { ...writesOf(Array.from({ length: 25 }, (_, i) => actor(i))), aliases };
    await expect(applyWritesInBatches(db, writes, { chunkSize: 10 })).rejects.toThrow();
    expect(await wholeStore(db)).toEqual(before);
  });

  it('cancelled, leaves a record written during the import in a batch’s range as it was written', async () => {
    const db = freshDatabase();
    const written = { ...actor(35), name: 'Written meanwhile' };
    const controller = new AbortController();
    const writes = writesOf(Array.from({ length: 40 }, (_, i) => actor(i + 10)));
    let wrote = false;
    const importing = applyWritesInBatches(db, writes, {
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (done) => {
        if (!wrote) {
          wrote = true;
          void db.entities.put(written);
        }
        if (done >= 20) controller.abort();
      },
    });
    await expect(importing).rejects.toThrow('Cancelled: nothing was written');
    expect((await db.entities.toArray()).map((entity) => [entity.id, entity.name])).toEqual([
      [written.id, 'Written meanwhile'],
    ]);
  });
});
