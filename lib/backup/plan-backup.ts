import {
  type AliasRecord,
  type BackstoryDatabase,
  emptyWrites,
  type EntityRecord,
  type FactRecord,
  markTransaction,
  type NoteRecord,
  type PackRecord,
  type RelationRecord,
  type StoreWrites,
} from '@/lib/store';
import { noChanges, sumCounts, type ChangeCounts } from '@/lib/packs/plan';
import { RECORD_LISTS, type Backup, type RecordList } from './format';
import { ImportError } from './input';
import { type MergeCounts, planSyncedMerge, type SyncedRecord, type SyncedTable } from '@/lib/merge';
import { outsideReferences, type OutsideReference } from './parse-backup';
import type { ImportReport } from './report';

interface KeyedTable<T> {
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
}

/**
 * What importing a backup writes: each record merged field by field with the store's version
 * of it, by the same merge as sync (lib/merge/merge.ts), so that two browsers can also sync by
 * file. Run inside a transaction; previews and the commit share it. The commit's writes keep
 * their merged clocks and are sent at this browser's next sync push.
 */
export async function planBackup(
  db: BackstoryDatabase,
  backup: Backup,
): Promise<{ report: ImportReport; writes: StoreWrites }> {
  const outside = outsideReferences(backup);
  // Awaited only when there is a lookup to make: see applyWrites on Dexie's transaction zone.
  if (outside.length) await assertInStore(db, outside);
  markTransaction({ kind: 'merge' });
  const writes = emptyWrites();
  const byTable: Partial<Record<RecordList, ChangeCounts>> = {};
  const merge = async <T extends { id: string }>(
    list: RecordList & SyncedTable,
    table: KeyedTable<T>,
    records: T[],
  ) => {
    const local = await table.bulkGet(records.map((r) => r.id));
    const known = new Map(
      local.flatMap((record) => (record ? [[record.id, record as unknown as SyncedRecord] as const] : [])),
    );
    const merged = planSyncedMerge(list, known, records as unknown as SyncedRecord[]);
    byTable[list] = asChangeCounts(merged.counts);
    return merged.writes as unknown as T[];
  };
  writes.entities = await merge<EntityRecord>('entities', db.entities, backup.entities);
  writes.aliases = await merge<AliasRecord>('aliases', db.aliases, backup.aliases);
  writes.facts = await merge<FactRecord>('facts', db.facts, backup.facts);
  writes.relations = await merge<RelationRecord>('relations', db.relations, backup.relations);
  writes.notes = await merge<NoteRecord>('notes', db.notes, backup.notes);
  writes.packs = await merge<PackRecord>('packs', db.packs, backup.packs);
  const totals = sumCounts(RECORD_LISTS.map((list) => byTable[list] ?? noChanges()));
  return { report: { kind: 'backup', ...totals, byTable }, writes };
}

function asChangeCounts(counts: MergeCounts): ChangeCounts {
  return {
    added: counts.added,
    updated: counts.updated,
    removed: counts.removed,
    keptReaderEdits: counts['kept-local'],
  };
}

/** A record may point at an entity the store has and the file lacks; at nothing at all, never. */
async function assertInStore(db: BackstoryDatabase, outside: OutsideReference[]): Promise<void> {
  const ids = [...new Set(outside.map((ref) => ref.id))];
  const found = await db.entities.bulkGet(ids);
  const inStore = new Set(found.flatMap((entity) => (entity ? [entity.id] : [])));
  const dangling = outside.find((ref) => !inStore.has(ref.id));
  if (dangling) {
    throw new ImportError(
      `Backup refused: ${dangling.where}: ${dangling.field} "${dangling.id}" is neither in the file nor in your store`,
    );
  }
}
