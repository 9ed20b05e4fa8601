import {
  type AliasRecord,
  type BackstoryDatabase,
  emptyWrites,
  type EntityRecord,
  type FactRecord,
  markTransaction,
  type RecordBase,
  type RecordTable,
  type RelationRecord,
  type StoreWrites,
} from '@/lib/store';
import { fieldClock, isPackClock, type SyncedRecord } from '@/lib/merge';
import { findJoins } from './joins';
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
  /** The pack's entities the store already holds (by key, or by name for an import): they gain the pack's new names and facts. */
  alreadyInStore?: number;
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
 *
 * A bundled pack (every browser loads it for itself, so it never travels) writes with the pack
 * version's fixed clock, and the store writes its values only into fields no reader ever wrote
 * (lib/store/stamp.ts): a record the reader edited keeps the edits and still takes the update of
 * the fields they left alone, in whatever order this browser meets pack updates and synced
 * edits, so browsers agree. A pack the reader imports is their own write (it travels by sync)
 * and leaves records they edited alone, whole.
 */
export async function planPack(
  db: BackstoryDatabase,
  pack: Pack,
  now: number,
  { bundled }: { bundled: boolean },
): Promise<PackPlan> {
  if (bundled) markTransaction({ kind: 'pack', version: pack.version, travels: false });
  const joins = await findJoins(db, pack, { byName: !bundled });
  const records = packRecords(pack, joins);
  const byTable = { entities: noChanges(), aliases: noChanges(), facts: noChanges(), relations: noChanges() };
  const writes = emptyWrites();
  const plan = <T extends RecordBase>(table: RecordTable<T>, wanted: PackContent<T>[], counts: ChangeCounts) =>
    planTable<T>(table, pack.id, wanted, now, counts, bundled);
  writes.entities = await plan<EntityRecord>(db.entities, records.entities, byTable.entities);
  writes.aliases = await plan<AliasRecord>(db.aliases, records.aliases, byTable.aliases);
  writes.facts = await plan<FactRecord>(db.facts, records.facts, byTable.facts);
  writes.relations = await plan<RelationRecord>(db.relations, records.relations, byTable.relations);
  writes.packs = [{ id: pack.id, name: pack.name, version: pack.version, loadedAt: now }];
  const report: PackLoadReport = { packId: pack.id, ...sumCounts(Object.values(byTable)), byTable };
  if (joins.hosts.size) report.alreadyInStore = joins.hosts.size;
  return { report, writes };
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
  return (
    Object.entries(wanted).every(([key, value]) =>
      sameValue((existing as unknown as Record<string, unknown>)[key], value),
    ) && existing.deletedAt === undefined
  );
}

/** Data sources are lists of objects: equal when they say the same, not when they are the same object. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Tags are the reader's filing of a pack entity, not the pack's content: an update keeps them. */
function readerFiling(record: RecordBase): object {
  const tags = (record as { tags?: string[] }).tags;
  return tags ? { tags } : {};
}

function writtenByPack(record: RecordBase, field: string): boolean {
  return record.clock === undefined || isPackClock(fieldClock(record as unknown as SyncedRecord, field));
}

async function planTable<T extends RecordBase>(
  table: RecordTable<T>,
  packId: string,
  wanted: PackContent<T>[],
  now: number,
  counts: ChangeCounts,
  bundled: boolean,
): Promise<T[]> {
  const existing = await table.where('packId').equals(packId).toArray();
  const byId = new Map(existing.map((record) => [record.id, record]));
  const writes: T[] = [];
  for (const content of wanted) {
    const current = byId.get(content.id);
    byId.delete(content.id);
    if (!current) {
      writes.push({ ...content, createdAt: now, updatedAt: now } as T);
      counts.added += 1;
      continue;
    }
    if (current.editedByReader) counts.keptReaderEdits += 1;
    if (sameContent(current, content) || (current.editedByReader && !bundled)) continue;
    // A bundled pack writes an edited record too: the store keeps the reader's fields, updates the rest.
    writes.push({ ...content, ...readerFiling(current), createdAt: current.createdAt, updatedAt: now } as T);
    if (!current.editedByReader) counts.updated += 1;
  }
  for (const stale of byId.values()) {
    if (stale.deletedAt !== undefined) continue;
    // A record the reader wrote since the pack did (an edit, a tag) restated that it is live: it stays.
    const readers = bundled ? !writtenByPack(stale, 'deletedAt') : stale.editedByReader;
    if (readers) {
      counts.keptReaderEdits += 1;
      continue;
    }
    // A bundled pack's delete is the same on every browser (it is never sent): its time is the
    // pack version's clock, so the field holds no local time that would differ between them.
    writes.push({ ...stale, deletedAt: bundled ? 0 : now, updatedAt: now });
    counts.removed += 1;
  }
  return writes;
}
