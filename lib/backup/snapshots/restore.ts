import { parseBackup } from '../parse-backup';
import type { Backup } from '../format';
import { writeSettings } from '@/lib/settings';
import {
  type AliasRecord,
  type BackstoryDatabase,
  backupTables,
  type EntityRecord,
  type FactRecord,
  isLive,
  type NoteRecord,
  NotFoundError,
  type RecordBase,
  type RelationRecord,
  type SnapshotRecord,
} from '@/lib/store';
import { sameMeta, sameSynced, type SyncedRecord, type SyncedTable } from '@/lib/merge';
import { decompressText } from './compress';
import { snapshotInfo, takeSnapshot, type SnapshotInfo, type SnapshotOptions } from './snapshots';

export interface RestoreResult {
  restored: SnapshotInfo;
  /** The snapshot of the store as it was just before the restore: restoring it undoes the restore. */
  undoId: string;
}

/**
 * Puts the store back as the snapshot has it: every table replaced in one transaction, then
 * the settings. The snapshot is read and checked before anything changes, and the current
 * state is kept first ('before restore'), so a restore can itself be undone.
 */
export async function restoreSnapshot(
  db: BackstoryDatabase,
  id: string,
  options: SnapshotOptions = {},
): Promise<RestoreResult> {
  const record = await db.snapshots.get(id);
  if (!record) throw new NotFoundError(`No snapshot with id "${id}"`);
  const backup = await readSnapshot(record);
  const before = await takeSnapshot(db, 'before restore', options);
  await replaceStore(db, backup);
  const { version: _version, ...settings } = backup.settings;
  await writeSettings(settings);
  return { restored: snapshotInfo(record), undoId: before.id };
}

async function readSnapshot(record: SnapshotRecord): Promise<Backup> {
  try {
    return parseBackup(JSON.parse(await decompressText(record.data, record.encoding)));
  } catch (error) {
    throw new Error(`The snapshot “${record.reason}” is damaged and cannot be restored (${(error as Error).message})`);
  }
}

/**
 * A restore is the reader's own write of an older state: records are written back (the store
 * stamps what differs with fresh clocks, so sync carries the restore to other browsers) and
 * what the snapshot did not have yet becomes a tombstone rather than vanishing, so that other
 * browsers delete it too instead of sending it back.
 */
async function replaceStore(db: BackstoryDatabase, backup: Backup): Promise<void> {
  const now = Date.now();
  // The cached mention index goes too: it must be rebuilt from what the store holds now.
  await db.transaction('rw', [...backupTables(db), db.cache], async () => {
    await db.cache.clear();
    await restoreTable<EntityRecord>(db.entities, 'entities', backup.entities, now);
    await restoreTable<AliasRecord>(db.aliases, 'aliases', backup.aliases, now);
    await restoreTable<FactRecord>(db.facts, 'facts', backup.facts, now);
    await restoreTable<RelationRecord>(db.relations, 'relations', backup.relations, now);
    await restoreTable<NoteRecord>(db.notes, 'notes', backup.notes, now);
    const kept = new Set(backup.packs.map((pack) => pack.id));
    const newer = (await db.packs.toArray()).filter((pack) => !kept.has(pack.id) && pack.removedAt === undefined);
    await db.packs.bulkPut([...backup.packs, ...newer.map((pack) => ({ ...pack, removedAt: now }))]);
  });
}

interface RestorableTable<T> {
  toArray(): Promise<T[]>;
  bulkPut(records: readonly T[]): Promise<unknown>;
}

/**
 * Only the records that differ from the snapshot's are written. Most of a store is the same
 * before and after a step (the world pack's 15,000 records, for one), and writing them all back
 * kept an undo of a two-entity delete waiting over ten seconds on a busy machine.
 */
async function restoreTable<T extends RecordBase>(
  table: RestorableTable<T>,
  name: SyncedTable,
  records: T[],
  now: number,
): Promise<void> {
  const stored = new Map((await table.toArray()).map((record) => [record.id, record]));
  const changed = records.filter((record) => !sameRecord(name, stored.get(record.id), record));
  const kept = new Set(records.map((record) => record.id));
  const newer = [...stored.values()].filter((record) => !kept.has(record.id) && isLive(record));
  await table.bulkPut([...changed, ...newer.map((record) => ({ ...record, deletedAt: now, updatedAt: now }))]);
}

/** Same fields, same clocks, same meta: writing `restored` over `stored` would change nothing. */
function sameRecord(table: SyncedTable, stored: RecordBase | undefined, restored: RecordBase): boolean {
  if (!stored || stored.updatedAt !== restored.updatedAt) return false;
  const [a, b] = [stored as unknown as SyncedRecord, restored as unknown as SyncedRecord];
  return sameSynced(table, a, b) && sameMeta(a, b);
}
