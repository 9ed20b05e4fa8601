/**
 * The records a reader's store holds. Every record carries an origin so that a pack
 * update never overwrites what the reader wrote, and deletes are tombstones
 * (`deletedAt`) so that a deleted pack record stays deleted when the pack reloads.
 */
export const ACTOR_KINDS = ['person', 'state', 'organisation', 'armed-group', 'place'] as const;
export const ENTITY_KINDS = [...ACTOR_KINDS, 'event'] as const;
export const EVENT_TYPES = [
  'battle',
  'offensive',
  'conference',
  'assassination',
  'ceasefire',
  'negotiations',
  'intervention',
  'war',
  'agreement',
] as const;
export const RELATION_TYPES = [
  'ally-of',
  'adversary-of',
  'member-of',
  'leads',
  'part-of',
  'participant-in',
  'located-in',
  'capital-of',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/** "2016", "2016-12" or "2016-12-22": history is often known only to the month or year. */
export type PartialDate = string;

export type Origin = 'reader' | 'pack';

export interface RecordBase extends SyncClocks {
  id: string;
  createdAt: number;
  updatedAt: number;
  origin: Origin;
  /** The pack a record came from, kept after a reader edit so the pack can still find it. */
  packId?: string;
  /** Set once the reader changes a pack record; pack reloads leave such records alone. */
  editedByReader?: boolean;
  deletedAt?: number;
}

/**
 * Set on every stored record by the store's stamping middleware (lib/store/stamp.ts), so code
 * that builds a record never has to: optional in the types for that reason only.
 */
export interface SyncClocks {
  /** The hybrid logical clock of the record's newest field write (see lib/merge/hlc.ts). */
  clock?: string;
  /** Clocks of fields written before `clock`. */
  fieldClocks?: Record<string, string>;
  /** The last write made on this device; sync sends records whose localClock is past its last push. */
  localClock?: string;
}

export interface EntityRecord extends RecordBase {
  kind: EntityKind;
  name: string;
  summary: string;
  /** Only for events. */
  eventType?: EventType;
  start?: PartialDate;
  end?: PartialDate;
  /** Only for events: the place entity where it happened. */
  placeId?: string;
  /** The reader's own grouping ("aleppo-story", "to-check"), for bulk actions and pack export. */
  tags?: string[];
  /**
   * The same actor's key in every pack and look-up (`iso:SY`, `geonames:170063`, `wd:Q858`), so that a
   * second pack naming Syria adds to the one entity instead of making a rival one.
   */
  key?: string;
  /** Where the data came from, for the card's "Data: GeoNames, CC BY 4.0" line. */
  sources?: DataSource[];
}

/** A dataset a record came from, with its licence: shown wherever the record is. */
export interface DataSource {
  name: string;
  licence: string;
  url: string;
}

export type Actor = EntityRecord & { kind: ActorKind };
export type EventRecord = EntityRecord & { kind: 'event'; start: PartialDate };

export interface AliasRecord extends RecordBase {
  entityId: string;
  text: string;
  /** Acronyms such as "IS" or "US", and "Turkey" the state, match only in their own case. */
  caseSensitive: boolean;
  /** A stop phrase: never marked itself, and it keeps overlapping aliases unmarked ("Jordan River"). */
  stop?: boolean;
  /**
   * Also an ordinary word ("Nice", "Reading", "Chad"): marked only where it is clearly a name, not
   * where its capital comes from a sentence start or a title-case headline.
   */
  common?: boolean;
  /** The alias's language ("fr" for "Syrie"), when a pack says. */
  lang?: string;
}

export interface FactRecord extends RecordBase {
  entityId: string;
  text: string;
  date?: PartialDate;
  end?: PartialDate;
  sourceUrl?: string;
  sourceTitle?: string;
}

export interface RelationRecord extends RecordBase {
  fromId: string;
  toId: string;
  type: RelationType;
  start?: PartialDate;
  end?: PartialDate;
}

export interface NoteRecord extends RecordBase {
  entityId: string;
  text: string;
}

export interface PackRecord extends SyncClocks {
  id: string;
  name: string;
  version: number;
  loadedAt: number;
  /**
   * Set when the reader removed the pack. The row stays as a tombstone so that a bundled
   * pack is not loaded again at the next start, and so that the removal travels in a backup.
   */
  removedAt?: number;
}

/**
 * The whole store as it was before a destructive step (a backup file, gzipped where the
 * browser can), so the step can be undone. `counts` is kept beside the data so a list of
 * snapshots never has to unpack one.
 */
export interface SnapshotRecord {
  id: string;
  takenAt: number;
  reason: string;
  /** Bytes of `data` as stored. */
  size: number;
  encoding: 'gzip' | 'none';
  counts: Record<string, number>;
  data: Uint8Array;
}

export function isLive<T extends { deletedAt?: number }>(record: T): boolean {
  return record.deletedAt === undefined;
}

/** Small facts about this store: its device id, the sync cursors. */
export interface MetaRecord {
  id: string;
  value: unknown;
}

/**
 * Derived data kept so a restarted worker answers at once (the serialized alias automaton).
 * `key` says which state of the store it was derived from; a mismatch means rebuild.
 */
export interface CacheRecord {
  id: string;
  key: string;
  value: unknown;
}
