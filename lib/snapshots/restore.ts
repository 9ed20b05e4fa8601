import { parseBackup } from '@/lib/backup/parse-backup';
import type { Backup } from '@/lib/backup/format';
import { writeSettings } from '@/lib/settings';
import { backupTables } from '@/lib/store/apply-writes';
import type { BackstoryDatabase } from '@/lib/store/db';
import { NotFoundError } from '@/lib/store/read';
import type { SnapshotRecord } from '@/lib/store/records';
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
export async function restoreSnapshot(db: BackstoryDatabase, id: string, options: SnapshotOptions = {}): Promise<RestoreResult> {
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

async function replaceStore(db: BackstoryDatabase, backup: Backup): Promise<void> {
  // The cached mention index goes too: it must be rebuilt from what the store holds now.
  await db.transaction('rw', [...backupTables(db), db.cache], async () => {
    await Promise.all([...backupTables(db), db.cache].map((table) => table.clear()));
    await db.entities.bulkAdd(backup.entities);
    await db.aliases.bulkAdd(backup.aliases);
    await db.facts.bulkAdd(backup.facts);
    await db.relations.bulkAdd(backup.relations);
    await db.notes.bulkAdd(backup.notes);
    await db.packs.bulkAdd(backup.packs);
  });
}
