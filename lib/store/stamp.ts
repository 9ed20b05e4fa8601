import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  deletionField,
  fieldClock,
  type Hlc,
  type HybridClock,
  isSyncedTable,
  packHlc,
  sameFieldValue,
  setClocks,
  SYNCED_FIELDS,
  type SyncedRecord,
  type SyncedTable,
} from '@/lib/merge';
import { readReplaced } from './read-replaced';

/**
 * Every write to a synced table passes through here, so no write path can forget its clocks:
 * the fields a write changes get a fresh clock from this device's hybrid logical clock, the
 * others keep theirs, and `localClock` says "written here, not yet necessarily sent".
 * A transaction marked as a sync write keeps the clocks its records carry (they were merged);
 * one marked as a pack load stamps with the pack version's fixed clock and is not sent.
 */
export type WriteMark =
  /** Records merged from a sync peer: stored as they are; they came from elsewhere and are not sent back. */
  | { kind: 'sync' }
  /** Records merged from a backup file: stored with their clocks, and sent at the next push. */
  | { kind: 'merge' }
  /**
   * A pack's records: written with the pack version's fixed clock, and only over fields whose
   * own clock is an older pack clock, never over the reader's. `travels` for a pack the reader
   * imported (other browsers do not have it); a bundled pack every browser loads for itself.
   */
  | { kind: 'pack'; version: number; travels: boolean };

const marks = new WeakMap<object, WriteMark>();
/** Per transaction, who wants the records its puts replace (the import's undo log), read once for both. */
const storedWatchers = new WeakMap<object, (stored: readonly unknown[]) => void>();

/**
 * Whether a put under `mark` reads the records it replaces (to keep their clocks). Records
 * from a sync peer or a backup carry their own clocks, and are put without a read.
 */
export function readsReplacedRecords(mark: WriteMark | undefined): boolean {
  return mark?.kind !== 'sync' && mark?.kind !== 'merge';
}

/**
 * Whether a put under `mark` stores each record's fields as the writer gave them (clocks aside):
 * every mark but a pack's, whose put keeps a field that a newer clock wrote (stampPackRecord).
 * A preview of a plan written under such a mark may take its records as the store will hold them.
 */
export function storesAsGiven(mark: WriteMark | undefined): boolean {
  return mark?.kind !== 'pack';
}

/**
 * Call inside a transaction whose mark `readsReplacedRecords`: each put of a synced table hands
 * `watch` the records it replaced (undefined where it added), in the order of its values. An
 * import's undo log reads them here instead of a second time: a read of 1,000 keys is a request
 * per key in IndexedDB, and an import of 100,000 actors puts 600,000 records and more.
 */
export function watchReplacedRecords(watch: (stored: readonly unknown[]) => void): void {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('watchReplacedRecords must be called inside a transaction');
  storedWatchers.set(transaction.idbtrans, watch);
}

/** Call inside a Dexie transaction callback: every write of that transaction carries `mark`. */
export function markTransaction(mark: WriteMark): void {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('markTransaction must be called inside a transaction');
  marks.set(transaction.idbtrans, mark);
}

/** The mark of the transaction running now: a plan made in one transaction and written in others carries it along. */
export function currentMark(): WriteMark | undefined {
  const transaction = Dexie.currentTransaction;
  return transaction ? marks.get(transaction.idbtrans) : undefined;
}

export interface ClockSource {
  /** Undefined until the database has opened and read its device id and newest clock. */
  clock?: HybridClock;
}

export function stampingMiddleware(source: ClockSource): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'backstory-clocks',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return isSyncedTable(name) ? { ...table, mutate: (req) => stampedMutate(table, name, source, req) } : table;
      },
    }),
  };
}

async function stampedMutate(table: DBCoreTable, name: SyncedTable, source: ClockSource, req: DBCoreMutateRequest) {
  if ((req.type !== 'put' && req.type !== 'add') || isUpgrade(req.trans)) return table.mutate(req);
  const mark = marks.get(req.trans);
  if (!readsReplacedRecords(mark)) {
    // Records from elsewhere keep their clocks, and ours moves past them, so that the next
    // edit made here sorts after everything this browser has seen.
    for (const value of req.values as SyncedRecord[]) if (value.clock) source.clock?.receive(value.clock);
    if (mark?.kind === 'sync') return table.mutate(req);
    return table.mutate({
      ...req,
      values: req.values.map((value: SyncedRecord) => ({ ...value, localClock: tick(source) })),
    });
  }
  // An add replaces nothing (it fails where a record is stored, and its transaction with it), so
  // it reads nothing: an import adding 600,000 records waited on a read per batch that found none.
  const existing = (
    req.type === 'add'
      ? req.values.map(() => undefined)
      : await readReplaced(
          table,
          req.trans,
          req.values.map((value: SyncedRecord) => value.id),
        )
  ) as (SyncedRecord | undefined)[];
  storedWatchers.get(req.trans)?.(existing);
  const values =
    mark?.kind === 'pack'
      ? req.values.map((value: SyncedRecord, i) =>
          stampPackRecord(
            name,
            existing[i],
            { ...value },
            packHlc(mark.version),
            mark.travels ? () => tick(source) : undefined,
          ),
        )
      : req.values.map((value: SyncedRecord, i) => stampRecord(name, existing[i], { ...value }, () => tick(source)));
  return table.mutate({ ...req, values });
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}

function tick(source: ClockSource): Hlc {
  if (!source.clock) throw new Error('The store wrote before its clock was ready');
  return source.clock.tick();
}

/**
 * `value` is the record the app wants stored (often a spread of the stored one, old clocks
 * included: they are recomputed here from what is really stored).
 */
export function stampRecord(
  table: SyncedTable,
  stored: SyncedRecord | undefined,
  value: SyncedRecord,
  newClock: () => Hlc,
): SyncedRecord {
  const changed = SYNCED_FIELDS[table].filter((field) => !stored || !sameFieldValue(stored[field], value[field]));
  delete value.fieldClocks;
  if (stored && changed.length === 0) return keepClocks(value, stored);
  const clock = newClock();
  // A write of a live record also restates that it is live: an edit made after a delete on
  // another device brings the record back, on every device alike.
  const live = value[deletionField(table)] === undefined;
  const written = new Set<string>(live ? [...changed, deletionField(table)] : changed);
  setClocks(
    value,
    Object.fromEntries(
      SYNCED_FIELDS[table].map((field) => [field, written.has(field) || !stored ? clock : fieldClock(stored, field)]),
    ),
  );
  value.localClock = clock;
  return value;
}

/**
 * A pack write changes a field only where the stored field was last written by a pack too (an
 * older version): every field then holds the value with the newest clock, whatever the order in
 * which this browser saw pack updates and the reader's synced edits, so browsers agree.
 */
export function stampPackRecord(
  table: SyncedTable,
  stored: SyncedRecord | undefined,
  value: SyncedRecord,
  packClock: Hlc,
  sendAs: (() => Hlc) | undefined,
): SyncedRecord {
  delete value.fieldClocks;
  if (!stored) {
    value.clock = packClock;
    if (sendAs) value.localClock = sendAs();
    else delete value.localClock;
    return value;
  }
  const clocks: Record<string, Hlc> = {};
  let changed = false;
  for (const field of SYNCED_FIELDS[table]) {
    const storedClock = fieldClock(stored, field);
    if (storedClock <= packClock && !sameFieldValue(stored[field], value[field])) {
      changed = true;
      clocks[field] = packClock;
    } else {
      if (stored[field] !== undefined) value[field] = stored[field];
      else delete value[field];
      clocks[field] = storedClock;
    }
  }
  if (stored.editedByReader) value.editedByReader = true;
  if (stored.createdAt !== undefined) value.createdAt = stored.createdAt;
  if (!changed) return keepClocks(value, stored);
  setClocks(value, clocks);
  if (sendAs) value.localClock = sendAs();
  else if (stored.localClock) value.localClock = stored.localClock;
  else delete value.localClock;
  return value;
}

function keepClocks(value: SyncedRecord, stored: SyncedRecord): SyncedRecord {
  value.clock = stored.clock;
  if (stored.fieldClocks) value.fieldClocks = stored.fieldClocks;
  if (stored.localClock) value.localClock = stored.localClock;
  else delete value.localClock;
  return value;
}
