import * as v from 'valibot';
import { isHlc } from '@/lib/merge';
import type { Settings } from '@/lib/settings';
import {
  EntityKeySchema, LanguageSchema, PartialDateSchema, SourceUrlSchema, TagSchema,
} from '@/lib/store/drafts';
import {
  ENTITY_KINDS, EVENT_TYPES, RELATION_TYPES,
  type AliasRecord, type EntityRecord, type FactRecord, type NoteRecord, type PackRecord, type RelationRecord,
} from '@/lib/store/records';

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

const Id = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(200, 'must be at most 200 characters'));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0, 'must be a time'));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const Named = (max: number) => v.pipe(Text(max), v.check((text) => text.trim() !== '', 'must not be empty'));
const Optional = <T extends v.GenericSchema>(schema: T) => v.optional(schema);

const Clock = v.custom<string>(isHlc, 'must be a sync clock');
const Clocks = {
  clock: Optional(Clock),
  fieldClocks: Optional(v.record(v.pipe(v.string(), v.maxLength(40)), Clock)),
};

const Stamp = {
  ...Clocks,
  id: Id,
  createdAt: Time,
  updatedAt: Time,
  origin: v.picklist(['reader', 'pack'], 'must be "reader" or "pack"'),
  packId: Optional(Id),
  editedByReader: Optional(v.boolean()),
  deletedAt: Optional(Time),
};

/** Strict like the drafts: a record with a key this version does not know is refused, not half-kept. */
export const RecordSchemas = {
  entities: v.strictObject({
    ...Stamp,
    kind: v.picklist(ENTITY_KINDS, 'must be a known kind'),
    name: Named(200),
    summary: Text(5000),
    eventType: Optional(v.picklist(EVENT_TYPES, 'must be a known event type')),
    start: Optional(PartialDateSchema),
    end: Optional(PartialDateSchema),
    placeId: Optional(Id),
    tags: Optional(v.array(TagSchema)),
    key: Optional(EntityKeySchema),
    sources: Optional(v.array(v.strictObject({ name: Named(200), licence: Named(100), url: SourceUrlSchema }))),
  }),
  aliases: v.strictObject({
    ...Stamp, entityId: Id, text: Named(200), caseSensitive: v.boolean(), stop: Optional(v.boolean()),
    common: Optional(v.boolean()), lang: Optional(LanguageSchema),
  }),
  facts: v.strictObject({
    ...Stamp, entityId: Id, text: Named(2000), date: Optional(PartialDateSchema), end: Optional(PartialDateSchema),
    sourceUrl: Optional(SourceUrlSchema), sourceTitle: Optional(Text(300)),
  }),
  relations: v.strictObject({
    ...Stamp, fromId: Id, toId: Id, type: v.picklist(RELATION_TYPES, 'must be a known relation type'),
    start: Optional(PartialDateSchema), end: Optional(PartialDateSchema),
  }),
  notes: v.strictObject({ ...Stamp, entityId: Id, text: Named(20000) }),
  packs: v.strictObject({
    ...Clocks,
    id: Id, name: Named(200), version: v.pipe(v.number(), v.integer(), v.minValue(1)), loadedAt: Time, removedAt: Optional(Time),
  }),
} as const;

export const BackupShellSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  formatVersion: v.picklist(READABLE_BACKUP_VERSIONS, `must be ${READABLE_BACKUP_VERSIONS.join(' or ')}`),
  exportedAt: v.string(),
  settings: v.unknown(),
  ...Object.fromEntries(RECORD_LISTS.map((list) => [list, v.array(v.unknown(), 'must be a list')])) as Record<RecordList, v.ArraySchema<v.UnknownSchema, string>>,
});
