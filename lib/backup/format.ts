import * as v from 'valibot';
import type { Settings } from '@/lib/settings';
import type { AliasRecord, EntityRecord, FactRecord, NoteRecord, PackRecord, RelationRecord } from '@/lib/store';

/**
 * The whole-store backup file: every record of every kind, tombstones included (so that
 * importing it on another browser deletes there too), plus the settings. Version 2 adds each
 * record's sync clocks, so an import merges field by field exactly as sync does.
 */
export const BACKUP_FORMAT = 'backstory-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** Version 1 files (before sync) carry no clocks; they are read with clocks made from updatedAt. */
export const READABLE_BACKUP_VERSIONS = [1, 2] as const;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: (typeof READABLE_BACKUP_VERSIONS)[number];
  /** ISO 8601, for the reader who opens the file; the records carry their own clocks. */
  exportedAt: string;
  settings: Settings;
  entities: EntityRecord[];
  aliases: AliasRecord[];
  facts: FactRecord[];
  relations: RelationRecord[];
  notes: NoteRecord[];
  packs: PackRecord[];
}

export const RECORD_LISTS = ['entities', 'aliases', 'facts', 'relations', 'notes', 'packs'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

export const BackupShellSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  formatVersion: v.picklist(READABLE_BACKUP_VERSIONS, `must be ${READABLE_BACKUP_VERSIONS.join(' or ')}`),
  exportedAt: v.string(),
  settings: v.unknown(),
  ...(Object.fromEntries(RECORD_LISTS.map((list) => [list, v.array(v.unknown(), 'must be a list')])) as Record<
    RecordList,
    v.ArraySchema<v.UnknownSchema, string>
  >),
});
