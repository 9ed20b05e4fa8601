import { legacyHlc, type Hlc } from './hlc';
import { SYNCED_FIELDS, sameFieldValue, type SyncedTable } from './synced-fields';

/** A record as sync sees it: its fields plus the clocks that say when each was written. */
export interface SyncedRecord {
  id: string;
  clock: Hlc;
  /** Clocks of the fields written before `clock`; a field not listed was written at `clock`. */
  fieldClocks?: Record<string, Hlc>;
  createdAt?: number;
  updatedAt?: number;
  editedByReader?: boolean;
  /** Local only: the last write made on this device. Never sent, never merged. */
  localClock?: Hlc;
  [field: string]: unknown;
}

/** A record written into IndexedDB around the store (never by Backstory itself) is dated by its updatedAt. */
export function fieldClock(record: SyncedRecord, field: string): Hlc {
  return record.fieldClocks?.[field] ?? record.clock ?? legacyHlc(record.updatedAt ?? 0);
}

/**
 * Which side's value a field keeps: the later clock, and on equal clocks (two devices loading
 * the same pack version) the larger value, so that the choice is the same on every device.
 */
function pickSide(local: SyncedRecord, incoming: SyncedRecord, field: string): SyncedRecord {
  const [mine, theirs] = [fieldClock(local, field), fieldClock(incoming, field)];
  if (mine !== theirs) return mine > theirs ? local : incoming;
  return compareValues(local[field], incoming[field]) >= 0 ? local : incoming;
}

function compareValues(a: unknown, b: unknown): number {
  if (sameFieldValue(a, b)) return 0;
  const [left, right] = [JSON.stringify(a) ?? '', JSON.stringify(b) ?? ''];
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * The join of two versions of one record: field by field the later write, meta fields by
 * their own monotone rules. Commutative, associative and idempotent, so devices that have
 * seen the same writes hold the same record whatever order they saw them in. `localClock`
 * stays the one of `local` (it describes this device's writes).
 */
export function mergeSynced(table: SyncedTable, local: SyncedRecord, incoming: SyncedRecord): SyncedRecord {
  const merged: SyncedRecord = { id: local.id, clock: local.clock };
  const clocks: Record<string, Hlc> = {};
  for (const field of SYNCED_FIELDS[table]) {
    const side = pickSide(local, incoming, field);
    if (side[field] !== undefined) merged[field] = side[field];
    clocks[field] = fieldClock(side, field);
  }
  setClocks(merged, clocks);
  setMeta(merged, local, incoming);
  return merged;
}

/** `clock` is the newest field clock; only older fields are listed, which keeps records small. */
export function setClocks(record: SyncedRecord, clocks: Record<string, Hlc>): void {
  const newest = Object.values(clocks).reduce((a, b) => (a > b ? a : b));
  record.clock = newest;
  const older = Object.entries(clocks).filter(([, clock]) => clock !== newest);
  if (older.length) record.fieldClocks = Object.fromEntries(older);
  else delete record.fieldClocks;
}

function setMeta(merged: SyncedRecord, local: SyncedRecord, incoming: SyncedRecord): void {
  const created = minDefined(local.createdAt, incoming.createdAt);
  const updated = maxDefined(local.updatedAt, incoming.updatedAt);
  if (created !== undefined) merged.createdAt = created;
  if (updated !== undefined) merged.updatedAt = updated;
  if (local.editedByReader || incoming.editedByReader) merged.editedByReader = true;
  if (local.localClock !== undefined) merged.localClock = local.localClock;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** Whether two versions carry the same fields and clocks (meta and localClock aside). */
export function sameSynced(table: SyncedTable, a: SyncedRecord, b: SyncedRecord): boolean {
  return SYNCED_FIELDS[table].every(
    (field) => sameFieldValue(a[field], b[field]) && fieldClock(a, field) === fieldClock(b, field),
  );
}

/** Whether the meta fields merged by their own rules agree too (so a merge has nothing to write). */
export function sameMeta(a: SyncedRecord, b: SyncedRecord): boolean {
  return Boolean(a.editedByReader) === Boolean(b.editedByReader) && a.createdAt === b.createdAt;
}

/** The record as it travels: without this device's localClock. */
export function forTransfer<T extends { localClock?: string }>(record: T): T {
  const { localClock: _local, ...rest } = record;
  return rest as T;
}
