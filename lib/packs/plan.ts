import type { BackstoryDatabase, RecordTable } from '@/lib/store/db';
import { emptyWrites, type StoreWrites } from '@/lib/store/apply-writes';
import type {
  AliasRecord, EntityRecord, FactRecord, RecordBase, RelationRecord,
} from '@/lib/store/records';
import { packRecords, type PackContent } from './records';
import type { Pack } from './schema';

export interface ChangeCounts {
  added: number;
  updated: number;
  removed: number;
  /** Records the reader edited or deleted, which the pack leaves alone. */
  keptReaderEdits: number;
}

export type PackTable = 'entities' | 'aliases' | 'facts' | 'relations';

export interface PackLoadReport extends ChangeCounts {
  packId: string;
  /** The same counts per kind of record, for "adds 120 entities" rather than "adds 700 records". */
  byTable: Record<PackTable, ChangeCounts>;
  /** Set when loadPack left alone a pack the reader had removed. */
  removedByReader?: true;
}

export const noChanges = (): ChangeCounts => ({ added: 0, updated: 0, removed: 0, keptReaderEdits: 0 });

export interface PackPlan {
  report: PackLoadReport;
  writes: StoreWrites;
}

/**
 * What loading `pack` would write, read from the store as it is now. Loading and previewing
 * share it: a preview is a plan that is not applied, so the two cannot disagree.
 */
export async function planPack(db: BackstoryDatabase, pack: Pack, now: number): Promise<PackPlan> {
  const records = packRecords(pack);
  const byTable = { entities: noChanges(), aliases: noChanges(), facts: noChanges(), relations: noChanges() };
  const writes = emptyWrites();
  writes.entities = await planTable<EntityRecord>(db.entities, pack.id, records.entities, now, byTable.entities);
  writes.aliases = await planTable<AliasRecord>(db.aliases, pack.id, records.aliases, now, byTable.aliases);
  writes.facts = await planTable<FactRecord>(db.facts, pack.id, records.facts, now, byTable.facts);
  writes.relations = await planTable<RelationRecord>(db.relations, pack.id, records.relations, now, byTable.relations);
  writes.packs = [{ id: pack.id, name: pack.name, version: pack.version, loadedAt: now }];
  return { report: { packId: pack.id, ...sumCounts(Object.values(byTable)), byTable }, writes };
}

export function sumCounts(parts: ChangeCounts[]): ChangeCounts {
  const total = noChanges();
  for (const part of parts) {
    total.added += part.added;
    total.updated += part.updated;
    total.removed += part.removed;
    total.keptReaderEdits += part.keptReaderEdits;
  }
  return total;
}

function sameContent(existing: RecordBase, wanted: object): boolean {
  return Object.entries(wanted).every(([key, value]) => (existing as unknown as Record<string, unknown>)[key] === value)
    && existing.deletedAt === undefined;
}

/** Tags are the reader's filing of a pack entity, not the pack's content: an update keeps them. */
function readerFiling(record: RecordBase): object {
  const tags = (record as { tags?: string[] }).tags;
  return tags ? { tags } : {};
}

async function planTable<T extends RecordBase>(
  table: RecordTable<T>, packId: string, wanted: PackContent<T>[], now: number, counts: ChangeCounts,
): Promise<T[]> {
  const existing = await table.where('packId').equals(packId).toArray();
  const byId = new Map(existing.map((record) => [record.id, record]));
  const writes: T[] = [];
  for (const content of wanted) {
    const current = byId.get(content.id);
    byId.delete(content.id);
    if (current?.editedByReader) counts.keptReaderEdits += 1;
    else if (!current) { writes.push({ ...content, createdAt: now, updatedAt: now } as T); counts.added += 1; }
    else if (!sameContent(current, content)) {
      writes.push({ ...content, ...readerFiling(current), createdAt: current.createdAt, updatedAt: now } as T);
      counts.updated += 1;
    }
  }
  for (const stale of byId.values()) {
    if (stale.editedByReader || stale.deletedAt !== undefined) continue;
    writes.push({ ...stale, deletedAt: now, updatedAt: now });
    counts.removed += 1;
  }
  return writes;
}
