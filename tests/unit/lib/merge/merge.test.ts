import { describe, expect, it } from 'vitest';
import { encodeHlc } from '@/lib/merge/hlc';
import { mergeSynced, sameSynced, type SyncedRecord } from '@/lib/merge/merge';
import { planSyncedMerge } from '@/lib/merge/merge-plan';

const at = (wall: number, device = 'a') => encodeHlc({ wall, counter: 0, device });

function fact(fields: Partial<SyncedRecord> & { clock: string }): SyncedRecord {
  return { id: 'f1', entityId: 'e1', text: 'Held talks.', origin: 'reader', ...fields };
}

describe('merging two versions of a record', () => {
  it('keeps each field from the side that wrote it last', () => {
    // Laptop changed the text at 20, desktop the date at 30: both survive.
    const laptop = fact({
      text: 'Met in Moscow.',
      date: '2016-12',
      clock: at(20, 'laptop'),
      fieldClocks: { date: at(10) },
    });
    const desktop = fact({
      date: '2016-12-20',
      clock: at(30, 'desktop'),
      fieldClocks: { text: at(10), entityId: at(10), origin: at(10) },
    });
    const merged = mergeSynced('facts', laptop, desktop);
    expect(merged).toMatchObject({ text: 'Met in Moscow.', date: '2016-12-20', clock: at(30, 'desktop') });
    expect(merged.fieldClocks?.text).toBe(at(20, 'laptop'));
  });

  it('treats a cleared field as a value: the later clearing wins over an older value', () => {
    const cleared = fact({ clock: at(40) });
    const older = fact({ end: '2017', clock: at(30, 'b') });
    expect(mergeSynced('facts', older, cleared).end).toBeUndefined();
    expect(mergeSynced('facts', cleared, older).end).toBeUndefined();
  });

  it('lets a later delete win over an earlier edit, and a later edit over an earlier delete', () => {
    const deleted = fact({ deletedAt: 50, clock: at(50, 'desk') });
    const editedBefore = fact({ text: 'Changed.', clock: at(40, 'lap') });
    const editedAfter = fact({ text: 'Changed.', clock: at(60, 'lap') });
    expect(mergeSynced('facts', editedBefore, deleted).deletedAt).toBe(50);
    expect(mergeSynced('facts', deleted, editedAfter).deletedAt).toBeUndefined();
  });

  it('gives the same record in any order, and merging twice changes nothing', () => {
    const versions = [
      fact({ text: 'A', clock: at(10, 'x') }),
      fact({ text: 'B', date: '2016', clock: at(20, 'y'), fieldClocks: { text: at(5) } }),
      fact({ sourceUrl: 'https://example.org/', clock: at(15, 'z') }),
      fact({ text: 'C', clock: at(20, 'x') }),
    ];
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ];
    const results = orders.map((order) => order.map((i) => versions[i]!).reduce((a, b) => mergeSynced('facts', a, b)));
    for (const result of results) expect(sameSynced('facts', result, results[0]!)).toBe(true);
    expect(sameSynced('facts', mergeSynced('facts', results[0]!, versions[1]!), results[0]!)).toBe(true);
  });

  it('breaks a tie of equal clocks by value, the same way on both sides', () => {
    const here = { id: 'mini', name: 'Mini', version: 1, loadedAt: 100, clock: at(0, 'pack') };
    const there = { ...here, loadedAt: 200 };
    expect(mergeSynced('packs', here, there).loadedAt).toBe(mergeSynced('packs', there, here).loadedAt);
  });
});

describe('planning a merge of incoming records', () => {
  it('says what changes for the reader and writes only what changed', () => {
    const local = new Map([
      ['f1', fact({ clock: at(10) })],
      ['f2', fact({ id: 'f2', clock: at(50) })],
      ['f3', fact({ id: 'f3', clock: at(10) })],
    ]);
    const incoming = [
      fact({ text: 'Newer.', clock: at(20, 'b') }), // updates f1
      fact({ id: 'f2', text: 'Older.', clock: at(40, 'b') }), // ours is newer
      fact({ id: 'f3', deletedAt: 30, clock: at(30, 'b') }), // a delete
      fact({ id: 'f4', clock: at(30, 'b') }), // new here
    ];
    const { writes, counts } = planSyncedMerge('facts', local, incoming);
    expect(counts).toEqual({ added: 1, updated: 1, removed: 1, 'kept-local': 1, unchanged: 0 });
    expect(writes.map((record) => record.id).sort()).toEqual(['f1', 'f3', 'f4']);
  });
});
