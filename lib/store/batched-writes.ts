import { Dexie, type Table } from 'dexie';
import { CancelledError, countWrites, type StoreWrites, type WriteProgress } from './apply-writes';
import type { BackstoryDatabase } from './db';
import { isMatchableTable, matchableStoreKey, type StampStep } from './freshness';
import { markTransaction, readsReplacedRecords, watchReplacedRecords, type WriteMark } from './stamp';
import { tableOf, UndoLog, type WrittenRecord, type WrittenTable } from './undo-log';

/**
 * About 1,000 records a transaction, as Yomitan writes its dictionaries: one transaction over an
 * import of 100,000 actors (800,000 records) held every other reader of those tables (the editor's
 * lists, the matcher's rebuild, a tab's card) until its end, and its undo grew with it.
 */
export const RECORDS_PER_TRANSACTION = 1000;

/**
 * Batches of a table written at once: the next batch's records are cloned and sent while the one
 * before commits, where one at a time left the worker idle during each commit. Two, not more: a
 * reader of the table waits behind the batches queued before it.
 */
export const BATCHES_IN_FLIGHT = 2;

const ORDER: readonly WrittenTable[] = ['entities', 'aliases', 'facts', 'relations', 'notes', 'packs'];

/**
 * Puts `batch` and answers the records it replaced. Where the store reads them anyway to keep
 * their clocks, they are taken from that read: reading them again beforehand cost a request per
 * record, a second one beside the store's.
 */
async function putReadingReplaced(
  table: Table<WrittenRecord, string>,
  batch: readonly WrittenRecord[],
  mark: WriteMark | undefined,
) {
  if (!readsReplacedRecords(mark)) {
    const before = await table.bulkGet(batch.map((record) => record.id));
    await table.bulkPut(batch);
    return before;
  }
  let before: readonly (WrittenRecord | undefined)[] | undefined;
  watchReplacedRecords((stored) => {
    before = stored as readonly (WrittenRecord | undefined)[];
  });
  await table.bulkPut(batch);
  if (before?.length !== batch.length) throw new Error('The store did not say which records the batch replaced');
  return before;
}

/**
 * The ids among `sorted` (in id order) that the table holds, read as keys only in one request.
 * A record the store lacks is added, which reads nothing first (stamp.ts): for an import of new
 * records the read of what each batch replaces was a round trip per batch that found nothing.
 */
async function storedIds(table: Table<WrittenRecord, string>, sorted: readonly WrittenRecord[]): Promise<Set<string>> {
  if (sorted.length === 0) return new Set();
  const keys = await table.where(':id').between(sorted[0]!.id, sorted.at(-1)!.id, true, true).primaryKeys();
  return new Set(keys);
}

/** An add that found the record there after all (written since the ids were read): nothing of it landed. */
function isAddConflict(error: unknown): boolean {
  if (!(error instanceof Dexie.BulkError)) return false;
  return Object.values(error.failuresByPos).every((failure) => failure.name === 'ConstraintError');
}

interface BatchWriter {
  db: BackstoryDatabase;
  name: WrittenTable;
  mark: WriteMark | undefined;
  undo: UndoLog;
  /** The matchable stamp each batch found and left, for matchable tables (freshness.ts). */
  stamps: StampStep[];
}

/** One batch in its own transaction: its new records added, the others put; noted in the undo log once written. */
async function writeBatch(
  { db, name, mark, undo, stamps }: BatchWriter,
  batch: readonly WrittenRecord[],
  stored: ReadonlySet<string>,
): Promise<void> {
  const table = tableOf(db, name);
  // The stamp changes with these tables' writes anyway (in `meta`, which their transactions take along).
  const stamped = isMatchableTable(name);
  await db.transaction('rw', stamped ? [table, db.meta] : [table], async () => {
    if (mark) markTransaction(mark);
    const added = batch.filter((record) => !stored.has(record.id));
    const replaced = batch.filter((record) => stored.has(record.id));
    // The stamp is asked for with the adds, not before them: a transaction answers its requests in
    // order, and waiting for it would leave the store idle while the batch is cloned and sent.
    const [stampBefore] = await Promise.all([
      stamped ? matchableStoreKey(db) : '',
      added.length ? table.bulkAdd(added) : undefined,
    ]);
    const before = replaced.length ? await putReadingReplaced(table, replaced, mark) : [];
    // Noted once written: a batch that failed wrote nothing to take back.
    undo.note(
      name,
      added.map((record) => record.id),
      [],
    );
    undo.note(
      name,
      replaced.map((record) => record.id),
      before,
    );
    if (stamped) stamps.push({ before: stampBefore, after: await matchableStoreKey(db) });
  });
}

/**
 * Writes in transactions of about 1,000 records, progress reported and a cancel noticed between
 * them. A cancel or a failed write takes back every batch already written, so the import leaves
 * nothing, as one transaction would have. Run outside any transaction; `mark` is the write mark
 * of the transaction the writes were planned in (a backup's merge keeps its clocks).
 *
 * Answers the matchable stamp each batch of a matchable table found and left (freshness.ts): from
 * them the mention index tells whether anyone else wrote between the batches, and so whether the
 * index it previewed from the plan is the store's (issue 16).
 */
export async function applyWritesInBatches(
  db: BackstoryDatabase,
  writes: StoreWrites,
  progress: WriteProgress & { mark?: WriteMark } = {},
): Promise<StampStep[]> {
  const total = countWrites(writes);
  const size = progress.chunkSize ?? RECORDS_PER_TRANSACTION;
  const undo = new UndoLog();
  const stamps: StampStep[] = [];
  let done = 0;
  try {
    for (const name of ORDER) {
      // In id order, so that each batch's replaced records are one range read (read-replaced.ts).
      const records = [...(writes[name] as readonly WrittenRecord[])].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      const writer: BatchWriter = { db, name, mark: progress.mark, undo, stamps };
      const stored = await storedIds(tableOf(db, name), records);
      const starts = Array.from({ length: Math.ceil(records.length / size) }, (_, i) => i * size);
      await inFlight(starts, BATCHES_IN_FLIGHT, async (start) => {
        if (progress.signal?.aborted) throw new CancelledError();
        const batch = records.slice(start, start + size);
        await writeBatch(writer, batch, stored).catch((error: unknown) => {
          if (!isAddConflict(error)) throw error;
          return writeBatch(writer, batch, new Set(batch.map((record) => record.id)));
        });
        done += batch.length;
        progress.onProgress?.(done, total);
      });
    }
  } catch (error) {
    await undo.rollBack(db);
    throw error;
  }
  return stamps;
}

/**
 * Runs `work` on each item, `width` at a time, in order. The first failure stops new work and is
 * thrown once the work already started has settled: what that work wrote is in the undo log too.
 */
async function inFlight<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  if (failure) throw failure.error;
}
