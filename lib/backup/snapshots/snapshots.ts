import { exportBackup } from '../export';
import type { Backup } from '../format';
import { type BackstoryDatabase, isLive, newId, type SnapshotRecord, type StoreCounts } from '@/lib/store';
import { compressText } from './compress';

/** Ten undo steps back is what the editor offers; older snapshots are dropped as new ones come. */
export const DEFAULT_SNAPSHOTS_KEPT = 10;

export interface SnapshotInfo {
  id: string;
  takenAt: number;
  /** Why it was taken, in the reader's words: "before merging Daesh into ISIS". */
  reason: string;
  /** Bytes stored. */
  size: number;
  counts: StoreCounts;
}

export interface SnapshotOptions {
  keep?: number;
  now?: number;
}

export function countBackup(backup: Backup): StoreCounts {
  const live = (records: { deletedAt?: number }[]) => records.filter(isLive).length;
  const { entities, aliases, facts, relations, notes, packs } = backup;
  const loaded = packs.filter((pack) => pack.removedAt === undefined).length;
  return {
    entities: live(entities),
    aliases: live(aliases),
    facts: live(facts),
    relations: live(relations),
    notes: live(notes),
    packs: loaded,
  };
}

export function snapshotInfo(record: SnapshotRecord): SnapshotInfo {
  const { id, takenAt, reason, size, counts } = record;
  return { id, takenAt, reason, size, counts: counts as unknown as StoreCounts };
}

/** Keeps the whole store (and the settings) as it is now, before a step that destroys something. */
export async function takeSnapshot(
  db: BackstoryDatabase,
  reason: string,
  options: SnapshotOptions = {},
): Promise<SnapshotInfo> {
  const now = options.now ?? Date.now();
  const backup = await exportBackup(db, now);
  const { data, encoding } = await compressText(JSON.stringify(backup));
  const counts = countBackup(backup);
  return db.transaction('rw', [db.snapshots], async () => {
    // Strictly increasing times keep the list in the order the steps happened, even within a millisecond.
    const newest = await db.snapshots.orderBy('takenAt').last();
    const takenAt = Math.max(now, (newest?.takenAt ?? 0) + 1);
    const record: SnapshotRecord = {
      id: newId('snapshot'),
      takenAt,
      reason,
      size: data.byteLength,
      encoding,
      counts: { ...counts },
      data,
    };
    await db.snapshots.add(record);
    const keep = options.keep ?? DEFAULT_SNAPSHOTS_KEPT;
    const old = await db.snapshots.orderBy('takenAt').reverse().offset(keep).primaryKeys();
    await db.snapshots.bulkDelete(old);
    return snapshotInfo(record);
  });
}

/** Newest first. */
export async function listSnapshots(db: BackstoryDatabase): Promise<SnapshotInfo[]> {
  const records = await db.snapshots.orderBy('takenAt').reverse().toArray();
  return records.map(snapshotInfo);
}

/** A snapshot taken before a step that then failed or was cancelled is noise in the list. */
export async function dropSnapshot(db: BackstoryDatabase, id: string): Promise<void> {
  await db.snapshots.delete(id);
}
