import * as v from 'valibot';
import { ENTITY_KINDS, EVENT_TYPES, RELATION_TYPES } from '@/lib/store/records';
import { PartialDateSchema, SourceUrlSchema } from '@/lib/store/drafts';

/**
 * The pack file format, version 1. A pack is a shareable set of entities; its ids are
 * local to the pack and become `<packId>:<id>` in the store.
 */
export const PACK_FORMAT = 'backstory-pack';
export const PACK_FORMAT_VERSION = 1;
/** A bigger pack would hold the worker's memory and the matcher's build for too long. */
export const MAX_PACK_ENTITIES = 50_000;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max));

const PackAliasSchema = v.strictObject({
  text: Text(200),
  caseSensitive: v.optional(v.boolean()),
  /** A phrase in which this entity's aliases must not be marked, e.g. "turkey dinner". */
  stop: v.optional(v.boolean()),
});

const PackFactSchema = v.strictObject({
  text: Text(2000),
  date: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
  source: v.optional(v.strictObject({ url: SourceUrlSchema, title: v.optional(v.pipe(v.string(), v.maxLength(300))) })),
});

const PackRelationSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES, 'must be a known relation type'),
  target: Slug,
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
});

const PackEntitySchema = v.strictObject({
  id: Slug,
  kind: v.picklist(ENTITY_KINDS, 'must be a known kind'),
  name: Text(200),
  summary: v.pipe(v.string(), v.maxLength(5000)),
  eventType: v.optional(v.picklist(EVENT_TYPES, 'must be a known event type')),
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
  place: v.optional(Slug),
  aliases: v.optional(v.array(PackAliasSchema), []),
  facts: v.optional(v.array(PackFactSchema), []),
  relations: v.optional(v.array(PackRelationSchema), []),
});

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
  formatVersion: v.literal(PACK_FORMAT_VERSION, `must be ${PACK_FORMAT_VERSION}: this Backstory reads pack format ${PACK_FORMAT_VERSION} only`),
  id: Slug,
  name: Text(200),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  entities: v.pipe(v.array(PackEntitySchema), v.maxLength(MAX_PACK_ENTITIES, 'a pack holds at most 50,000 entities')),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackEntity = Pack['entities'][number];
