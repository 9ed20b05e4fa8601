import type { BackstoryDatabase, RecordTable } from '@/lib/store/db';
import type {
  AliasRecord, EntityRecord, FactRecord, RecordBase, RelationRecord,
} from '@/lib/store/records';
import { packRecords, type PackContent } from './records';
import { validatePack } from './validate';

export interface PackLoadReport {
  packId: string;
  added: number;
  updated: number;
  removed: number;
  /** Records the reader edited or deleted, which the pack leaves alone. */
  keptReaderEdits: number;
}

/**
 * Loads (or reloads) a pack in one transaction. Records the reader edited or deleted are
 * never touched; records the pack no longer has are tombstoned; an unchanged pack writes
 * nothing, so loading it twice changes nothing.
 */
export async function loadPack(db: BackstoryDatabase, input: unknown, now = Date.now()): Promise<PackLoadReport> {
  const pack = validatePack(input);
  const records = packRecords(pack);
  const report: PackLoadReport = { packId: pack.id, added: 0, updated: 0, removed: 0, keptReaderEdits: 0 };
  await db.transaction('rw', [db.entities, db.aliases, db.facts, db.relations, db.packs], async () => {
    await upsertAll<EntityRecord>(db.entities, pack.id, records.entities, now, report);
    await upsertAll<AliasRecord>(db.aliases, pack.id, records.aliases, now, report);
    await upsertAll<FactRecord>(db.facts, pack.id, records.facts, now, report);
    await upsertAll<RelationRecord>(db.relations, pack.id, records.relations, now, report);
    await db.packs.put({ id: pack.id, name: pack.name, version: pack.version, loadedAt: now });
  });
  return report;
}

function sameContent(existing: RecordBase, wanted: object): boolean {
  return Object.entries(wanted).every(([key, value]) => (existing as unknown as Record<string, unknown>)[key] === value)
    && existing.deletedAt === undefined;
}

async function upsertAll<T extends RecordBase>(
  table: RecordTable<T>, packId: string, wanted: PackContent<T>[], now: number, report: PackLoadReport,
): Promise<void> {
  const existing = await table.where('packId').equals(packId).toArray();
  const byId = new Map(existing.map((record) => [record.id, record]));
  const writes: T[] = [];
  for (const content of wanted) {
    const current = byId.get(content.id);
    byId.delete(content.id);
    if (current?.editedByReader) report.keptReaderEdits += 1;
    else if (!current) { writes.push({ ...content, createdAt: now, updatedAt: now } as T); report.added += 1; }
    else if (!sameContent(current, content)) { writes.push({ ...content, createdAt: current.createdAt, updatedAt: now } as T); report.updated += 1; }
  }
  for (const stale of byId.values()) {
    if (stale.editedByReader || stale.deletedAt !== undefined) continue;
    writes.push({ ...stale, deletedAt: now, updatedAt: now });
    report.removed += 1;
  }
  await table.bulkPut(writes);
}
