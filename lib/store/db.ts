import { Dexie, type EntityTable } from 'dexie';
import type {
  AliasRecord, CacheRecord, EntityRecord, FactRecord, NoteRecord, PackRecord, RelationRecord, SnapshotRecord,
} from './records';

/**
 * The reader's store. Only the background opens it (a content script would open the
 * news site's IndexedDB instead). `version(n)` steps are never edited once shipped:
 * a change is a new step with an upgrade function.
 */
export class BackstoryDatabase extends Dexie {
  entities!: EntityTable<EntityRecord, 'id'>;
  aliases!: EntityTable<AliasRecord, 'id'>;
  facts!: EntityTable<FactRecord, 'id'>;
  relations!: EntityTable<RelationRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  packs!: EntityTable<PackRecord, 'id'>;
  cache!: EntityTable<CacheRecord, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({
      entities: 'id, kind, name, packId, updatedAt',
      aliases: 'id, entityId, text, packId',
      facts: 'id, entityId, packId',
      relations: 'id, fromId, toId, packId',
      notes: 'id, entityId, updatedAt',
      packs: 'id',
    });
    // v2: the mention index is cached across worker restarts; its freshness key needs the
    // newest alias write, hence the updatedAt index on aliases.
    this.version(2).stores({
      aliases: 'id, entityId, text, packId, updatedAt',
      cache: 'id',
    });
    // v3: entities carry the reader's tags (multiEntry, so one tag finds every entity wearing
    // it), and whole-store snapshots are kept before destructive steps. No record changes
    // shape: an entity without tags simply has none.
    this.version(3).stores({
      entities: 'id, kind, name, packId, updatedAt, *tags',
      snapshots: 'id, takenAt',
    });
  }
}

export const CONTENT_TABLES = ['entities', 'aliases', 'facts', 'relations', 'notes'] as const;
/** Everything a backup carries and a snapshot restores: the content plus the loaded packs. */
export const BACKUP_TABLES = [...CONTENT_TABLES, 'packs'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * The slice of a Dexie table that generic record code needs. Dexie's own `Table` type is
 * invariant in its record type, so code shared by several tables is written against this.
 */
export interface RecordTable<T> {
  where(index: string): { equals(value: string): { toArray(): Promise<T[]> } };
  put(record: T): Promise<unknown>;
  bulkPut(records: readonly T[]): Promise<unknown>;
}
