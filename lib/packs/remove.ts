import {
  applyWrites,
  type BackstoryDatabase,
  backupTables,
  emptyWrites,
  isLive,
  NotFoundError,
  type RecordBase,
} from '@/lib/store';
import { heldEntities, packOwnRecords } from './held';
import { noChanges, sumCounts, type ChangeCounts, type PackTable } from './plan';

export interface PackRemovalReport {
  packId: string;
  name: string;
  /** `removed`: pack records tombstoned; `keptReaderEdits`: pack records kept as the reader's own. */
  removed: number;
  keptReaderEdits: number;
  byTable: Record<PackTable, ChangeCounts>;
}

/**
 * What removing a pack does. Its records become tombstones, except those the reader holds
 * on to: records they edited, and entities their own records point at (a note, a fact, a
 * relation from their own entity) together with those entities' aliases and facts. Kept
 * records become the reader's; they keep their pack id, so loading the pack again finds
 * them and leaves them alone.
 */
export async function planPackRemoval(db: BackstoryDatabase, packId: string, now: number) {
  const [row, own] = [await db.packs.get(packId), await packOwnRecords(db, packId)];
  if (!row || row.removedAt !== undefined) throw new NotFoundError(`No pack "${packId}" is loaded`);
  const held = await heldEntities(db, packId, own);
  const byTable = { entities: noChanges(), aliases: noChanges(), facts: noChanges(), relations: noChanges() };
  const writes = emptyWrites();
  writes.entities = planTable(own.entities, (e) => held.has(e.id), now, byTable.entities);
  writes.aliases = planTable(own.aliases, (a) => held.has(a.entityId), now, byTable.aliases);
  writes.facts = planTable(own.facts, (f) => held.has(f.entityId), now, byTable.facts);
  writes.relations = planTable(own.relations, (r) => held.has(r.fromId) && held.has(r.toId), now, byTable.relations);
  writes.packs = [{ ...row, removedAt: now }];
  const report: PackRemovalReport = { packId, name: row.name, ...removalTotals(byTable), byTable };
  return { report, writes };
}

function removalTotals(byTable: Record<PackTable, ChangeCounts>) {
  const { removed, keptReaderEdits } = sumCounts(Object.values(byTable));
  return { removed, keptReaderEdits };
}

function planTable<T extends RecordBase>(
  records: T[],
  heldByReader: (r: T) => boolean,
  now: number,
  counts: ChangeCounts,
): T[] {
  return records
    .filter((r) => r.origin === 'pack' && isLive(r))
    .map((record) => {
      if (record.editedByReader || heldByReader(record)) {
        counts.keptReaderEdits += 1;
        return { ...record, origin: 'reader', updatedAt: now };
      }
      counts.removed += 1;
      return { ...record, deletedAt: now, updatedAt: now };
    });
}

export async function previewPackRemoval(
  db: BackstoryDatabase,
  packId: string,
  now = Date.now(),
): Promise<PackRemovalReport> {
  return db.transaction('r', backupTables(db), async () => (await planPackRemoval(db, packId, now)).report);
}

export async function removePack(db: BackstoryDatabase, packId: string, now = Date.now()): Promise<PackRemovalReport> {
  return db.transaction('rw', backupTables(db), async () => {
    const plan = await planPackRemoval(db, packId, now);
    await applyWrites(db, plan.writes);
    return plan.report;
  });
}
