import type { Table } from 'dexie';
import { CancelledError, countWrites, type StoreWrites, type WriteProgress } from './apply-writes';
import type { BackstoryDatabase } from './db';
import { isMatchableTable, matchableStoreKey, type StampStep } from './freshness';
import { markTransaction, readsReplacedRecords, watchReplacedRecords, type WriteMark } from './stamp';

/**
 * About 1,000 records a transaction, as Yomitan writes its dictionaries: one transaction over an
 * import of 100,000 actors (800,000 records) held every other reader of those tables (the editor's
 * lists, the matcher's rebuild, a tab's card) until its end, and its undo grew with it.
 */
export const RECORDS_PER_TRANSACTION = 1000;

type Record = { id: string };
type TableName = keyof StoreWrites;
const ORDER: readonly TableName[] = ['entities', 'aliases', 'facts', 'relations', 'notes', 'packs'];

/** What each written batch replaced, so that a cancel or a failure can put the store back. */
class UndoLog {
  private readonly steps: { table: TableName; added: string[]; replaced: Record[] }[] = [];

  note(table: TableName, ids: readonly string[], before: readonly (Record | undefined)[]): void {
    const added = ids.filter((_, index) => before[index] === undefined);
    const replaced = before.filter((record): record is Record => record !== undefined);
    this.steps.push({ table, added, replaced });
  }

  /** Newest batch first, each in its own transaction, the way they were written. */
  async rollBack(db: BackstoryDatabase): Promise<void> {
    for (const step of [...this.steps].reverse()) {
      const table = tableOf(db, step.table);
      await db.transaction('rw', [table], async () => {
        // The records put back are stored as they were, clocks and all.
        markTransaction({ kind: 'sync' });
        if (step.added.length) await table.bulkDelete(step.added);
        if (step.replaced.length) await table.bulkPut(step.replaced);
      });
    }
  }
}

function tableOf(db: BackstoryDatabase, name: TableName): Table<Record, string> {
  return db[name] as unknown as Table<Record, string>;
}

/**
 * Puts `batch` and answers the records it replaced. Where the store reads them anyway to keep
 * their clocks, they are taken from that read: reading them again beforehand cost a request per
 * record, a second one beside the store's.
 */
async function putReadingReplaced(table: Table<Record, string>, batch: readonly Record[], mark: WriteMark | undefined) {
  if (!readsReplacedRecords(mark)) {
    const before = await table.bulkGet(batch.map((record) => record.id));
    await table.bulkPut(batch);
    return before;
  }
  let before: readonly (Record | undefined)[] | undefined;
  watchReplacedRecords((stored) => {
    before = stored as readonly (Record | undefined)[];
  });
  await table.bulkPut(batch);
  if (before?.length !== batch.length) throw new Error('The store did not say which records the batch replaced');
  return before;
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
      const records = [...(writes[name] as readonly Record[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const table = tableOf(db, name);
      // The stamp changes with these tables' writes anyway (in `meta`, which their transactions take along).
      const stamped = isMatchableTable(name);
      for (let start = 0; start < records.length; start += size) {
        if (progress.signal?.aborted) throw new CancelledError();
        const batch = records.slice(start, start + size);
        await db.transaction('rw', stamped ? [table, db.meta] : [table], async () => {
          if (progress.mark) markTransaction(progress.mark);
          const stampBefore = stamped ? await matchableStoreKey(db) : '';
          const ids = batch.map((record) => record.id);
          const before = await putReadingReplaced(table, batch, progress.mark);
          // Noted once written: a batch that failed wrote nothing to take back.
          undo.note(name, ids, before);
          if (stamped) stamps.push({ before: stampBefore, after: await matchableStoreKey(db) });
        });
        done += batch.length;
        progress.onProgress?.(done, total);
      }
    }
  } catch (error) {
    await undo.rollBack(db);
    throw error;
  }
  return stamps;
}
