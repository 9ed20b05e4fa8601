import type { DBCoreRangeType, DBCoreTable, DBCoreTransaction } from 'dexie';

/** Below this a read per key is as cheap as a range read and its sorting. */
const RANGE_READ_MIN = 64;
/** A range holding this many more records than the write has keys is not worth reading. */
const RANGE_SLACK = 4;
const RANGE = 2 as DBCoreRangeType.Range;

function ascending(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! >= keys[i]!) return false;
  return true;
}

/**
 * The records stored under `keys` (undefined where none), for a write about to replace them. Keys
 * in ascending order, as an import writes its batches, are read with one range read between the
 * first and the last: IndexedDB answers a read per key with a request each, which at 1,000 keys a
 * batch cost about as much as the batch's writes. A range that holds far more than the keys
 * (a batch whose ids are scattered over the store) is left for the read per key.
 */
export async function readReplaced(table: DBCoreTable, trans: DBCoreTransaction, keys: string[]): Promise<unknown[]> {
  if (keys.length < RANGE_READ_MIN || !ascending(keys)) return table.getMany({ trans, keys });
  const limit = keys.length * RANGE_SLACK;
  const { result } = await table.query({
    trans,
    values: true,
    limit,
    query: {
      index: table.schema.primaryKey,
      range: { type: RANGE, lower: keys[0], upper: keys.at(-1), lowerOpen: false, upperOpen: false },
    },
  });
  if (result.length >= limit) return table.getMany({ trans, keys });
  const byKey = new Map((result as { id: string }[]).map((record) => [record.id, record]));
  return keys.map((key) => byKey.get(key));
}
