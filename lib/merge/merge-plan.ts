import { deletionField, type SyncedTable } from './synced-fields';
import { mergeSynced, sameMeta, sameSynced, type SyncedRecord } from './merge';

/** What the reader would see change; 'kept-local' means the store's version won every field. */
export type MergeEffect = 'added' | 'updated' | 'removed' | 'kept-local' | 'unchanged';
export type MergeCounts = Record<MergeEffect, number>;

export function noMergeCounts(): MergeCounts {
  return { added: 0, updated: 0, removed: 0, 'kept-local': 0, unchanged: 0 };
}

/**
 * Merges incoming versions of records (from a sync peer or a backup file) into the store's
 * versions: the writes to make and what they change. Pure. Used by sync and by the
 * whole-store import alike, so two browsers converge the same way by server or by file.
 */
export function planSyncedMerge(
  table: SyncedTable,
  local: ReadonlyMap<string, SyncedRecord>,
  incoming: readonly SyncedRecord[],
): { writes: SyncedRecord[]; counts: MergeCounts } {
  const counts = noMergeCounts();
  const merged = new Map<string, SyncedRecord>();
  for (const record of incoming) {
    const before = merged.get(record.id) ?? local.get(record.id);
    const after = before ? mergeSynced(table, before, record) : record;
    if (before && sameSynced(table, before, after) && sameMeta(before, after)) continue;
    merged.set(record.id, after);
  }
  for (const incomingRecord of incoming) {
    const after = merged.get(incomingRecord.id);
    if (!after) counts[describe(table, local.get(incomingRecord.id), incomingRecord)] += 1;
  }
  for (const after of merged.values()) counts[effectOf(table, local.get(after.id), after)] += 1;
  // A write that only settles meta fields (who created it first, whether the reader edited it)
  // changes nothing the reader sees: counted as unchanged.
  return { writes: [...merged.values()], counts };
}

function isLiveRecord(table: SyncedTable, record: SyncedRecord): boolean {
  return record[deletionField(table)] === undefined;
}

function effectOf(table: SyncedTable, before: SyncedRecord | undefined, after: SyncedRecord): MergeEffect {
  const isLive = isLiveRecord(table, after);
  if (!before) return isLive ? 'added' : 'unchanged';
  if (sameSynced(table, before, after)) return 'unchanged';
  const wasLive = isLiveRecord(table, before);
  if (wasLive && !isLive) return 'removed';
  if (!wasLive && isLive) return 'added';
  return isLive ? 'updated' : 'unchanged';
}

/** An incoming record that changed nothing: the same as ours, or older than ours in every field. */
function describe(table: SyncedTable, before: SyncedRecord | undefined, incoming: SyncedRecord): MergeEffect {
  return before && !sameSynced(table, before, incoming) ? 'kept-local' : 'unchanged';
}
