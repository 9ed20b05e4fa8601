import { readSettings } from '@/lib/settings';
import { type BackstoryDatabase, backupTables } from '@/lib/store';
import { forTransfer } from '@/lib/merge';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './format';

/** The whole store, tombstones included, read in one transaction so the file is one moment's state. */
export async function exportBackup(db: BackstoryDatabase, now = Date.now()): Promise<Backup> {
  const settings = await readSettings();
  return db.transaction('r', backupTables(db), async () => {
    const [entities, aliases, facts, relations, notes, packs] = await Promise.all([
      db.entities.toArray(),
      db.aliases.toArray(),
      db.facts.toArray(),
      db.relations.toArray(),
      db.notes.toArray(),
      db.packs.toArray(),
    ]);
    // Without localClock: which writes this browser has yet to sync is its own business, not the file's.
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: new Date(now).toISOString(),
      settings,
      entities: entities.map(forTransfer),
      aliases: aliases.map(forTransfer),
      facts: facts.map(forTransfer),
      relations: relations.map(forTransfer),
      notes: notes.map(forTransfer),
      packs: packs.map(forTransfer),
    };
  });
}

/** "backstory-backup-2017-01-23.json" */
export function backupFileName(now = Date.now()): string {
  return `backstory-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
