import type { BackstoryDatabase } from '@/lib/store/db';
import { emptyWrites, type StoreWrites } from '@/lib/store/apply-writes';
import type {
  AliasRecord, EntityRecord, FactRecord, NoteRecord, PackRecord, RelationRecord,
} from '@/lib/store/records';
import { noChanges, sumCounts, type ChangeCounts } from '@/lib/packs/plan';
import { RECORD_LISTS, type Backup, type RecordList } from './format';
import { ImportError } from './input';
import { mergeRecords, packClock, recordClock, type Clock, type MergeCounts } from './merge';
import { outsideReferences, type OutsideReference } from './parse-backup';
import type { ImportReport } from './report';

interface KeyedTable<T> {
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
}

/**
 * What importing a backup writes: each record merged with the store's version of it (see
 * merge.ts). Run inside a transaction; previews and the commit share it.
 */
export async function planBackup(db: BackstoryDatabase, backup: Backup): Promise<{ report: ImportReport; writes: StoreWrites }> {
  const outside = outsideReferences(backup);
  // Awaited only when there is a lookup to make: see applyWrites on Dexie's transaction zone.
  if (outside.length) await assertInStore(db, outside);
  const writes = emptyWrites();
  const byTable: Partial<Record<RecordList, ChangeCounts>> = {};
  const merge = async <T extends { id: string }>(list: RecordList, table: KeyedTable<T>, records: T[], clock: Clock<T>) => {
    const local = await table.bulkGet(records.map((r) => r.id));
    const known = new Map(local.flatMap((record) => (record ? [[record.id, record] as const] : [])));
    const merged = mergeRecords(known, records, clock);
    byTable[list] = asChangeCounts(merged.counts);
    return merged.writes;
  };
  writes.entities = await merge<EntityRecord>('entities', db.entities, backup.entities, recordClock);
  writes.aliases = await merge<AliasRecord>('aliases', db.aliases, backup.aliases, recordClock);
  writes.facts = await merge<FactRecord>('facts', db.facts, backup.facts, recordClock);
  writes.relations = await merge<RelationRecord>('relations', db.relations, backup.relations, recordClock);
  writes.notes = await merge<NoteRecord>('notes', db.notes, backup.notes, recordClock);
  writes.packs = await merge<PackRecord>('packs', db.packs, backup.packs, packClock);
  const totals = sumCounts(RECORD_LISTS.map((list) => byTable[list] ?? noChanges()));
  return { report: { kind: 'backup', ...totals, byTable }, writes };
}

function asChangeCounts(counts: MergeCounts): ChangeCounts {
  return { added: counts.added, updated: counts.updated, removed: counts.removed, keptReaderEdits: counts['kept-local'] };
}

/** A record may point at an entity the store has and the file lacks; at nothing at all, never. */
async function assertInStore(db: BackstoryDatabase, outside: OutsideReference[]): Promise<void> {
  const ids = [...new Set(outside.map((ref) => ref.id))];
  const found = await db.entities.bulkGet(ids);
  const inStore = new Set(found.flatMap((entity) => (entity ? [entity.id] : [])));
  const dangling = outside.find((ref) => !inStore.has(ref.id));
  if (dangling) {
    throw new ImportError(`Backup refused: ${dangling.where}: ${dangling.field} "${dangling.id}" is neither in the file nor in your store`);
  }
}
