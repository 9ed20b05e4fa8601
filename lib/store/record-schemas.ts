import * as v from 'valibot';
import { isHlc, type SyncedTable } from '@/lib/merge';
import { EntityKeySchema, LanguageSchema, PartialDateSchema, SourceUrlSchema, TagSchema } from './drafts';
import { ENTITY_KINDS, EVENT_TYPES, RELATION_TYPES } from './records';
import type { SyncedRecords } from './synced-records';

/**
 * What a record from outside (a backup file, a sync file) must look like before it may enter the
 * store. They live beside the record interfaces because the store owns what a record is; backups and
 * sync only carry records.
 */
const Id = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(200, 'must be at most 200 characters'));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0, 'must be a time'));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const Named = (max: number) =>
  v.pipe(
    Text(max),
    v.check((text) => text.trim() !== '', 'must not be empty'),
  );
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
    ...Stamp,
    entityId: Id,
    text: Named(200),
    caseSensitive: v.boolean(),
    stop: Optional(v.boolean()),
    common: Optional(v.boolean()),
    lang: Optional(LanguageSchema),
  }),
  facts: v.strictObject({
    ...Stamp,
    entityId: Id,
    text: Named(2000),
    date: Optional(PartialDateSchema),
    end: Optional(PartialDateSchema),
    sourceUrl: Optional(SourceUrlSchema),
    sourceTitle: Optional(Text(300)),
  }),
  relations: v.strictObject({
    ...Stamp,
    fromId: Id,
    toId: Id,
    type: v.picklist(RELATION_TYPES, 'must be a known relation type'),
    start: Optional(PartialDateSchema),
    end: Optional(PartialDateSchema),
  }),
  notes: v.strictObject({ ...Stamp, entityId: Id, text: Named(20000) }),
  packs: v.strictObject({
    ...Clocks,
    id: Id,
    name: Named(200),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    loadedAt: Time,
    removedAt: Optional(Time),
  }),
} as const;

type Output<T extends SyncedTable> = v.InferOutput<(typeof RecordSchemas)[T]>;
/** A record as backups and sync carry it: localClock is this device's own business (see lib/merge). */
type Carried<T extends SyncedTable> = Omit<SyncedRecords[T], 'localClock'>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A field the record has and the schema lacks: every file carrying it would be refused (strict). */
type Unchecked<T extends SyncedTable> = Exclude<keyof Carried<T>, keyof Output<T>>;
/** A field the schema lets in that no record type declares: stored where no code knows of it. */
type Undeclared<T extends SyncedTable> = Exclude<keyof Output<T>, keyof Carried<T>>;
/** A field both have, with types that differ (a number now a string, an optional field now required). */
type Differing<T extends SyncedTable> = {
  [K in keyof Output<T> & keyof Carried<T>]: Same<Output<T>[K], Carried<T>[K]> extends true ? never : K;
}[keyof Output<T> & keyof Carried<T>];

type Agrees<T extends SyncedTable> = [Unchecked<T> | Undeclared<T> | Differing<T>] extends [never]
  ? true
  : { unchecked: Unchecked<T>; undeclared: Undeclared<T>; differing: Differing<T> };

/**
 * The schemas and the record interfaces (records.ts) say the same thing twice, once for the
 * typecheck and once for input from outside; this ties them together. A field added to one and not
 * the other, or typed differently, fails the typecheck here, naming the table and the field.
 */
export const RECORD_SCHEMAS_MATCH_RECORDS: { [T in SyncedTable]: Agrees<T> } = {
  entities: true,
  aliases: true,
  facts: true,
  relations: true,
  notes: true,
  packs: true,
};
