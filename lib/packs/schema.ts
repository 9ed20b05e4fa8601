import * as v from 'valibot';
import {
  ENTITY_KINDS,
  EntityKeySchema,
  EVENT_TYPES,
  LanguageSchema,
  PartialDateSchema,
  RELATION_TYPES,
  SourceUrlSchema,
} from '@/lib/store';

/**
 * The pack file format, version 1. A pack is a shareable set of entities; its ids are
 * local to the pack and become `<packId>:<id>` in the store.
 */
export const PACK_FORMAT = 'backstory-pack';
/** The newest format this Backstory writes; it reads every format up to it. */
export const PACK_FORMAT_VERSION = 2;
/**
 * A pack built from Wikidata holds 100,000 actors and more (issue 13); past this a hostile or mistaken
 * file would hold the worker's memory (about 1 KB an entity parsed) and the matcher's build for too long.
 */
export const MAX_PACK_ENTITIES = 200_000;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max));

const PackAliasFields = {
  text: Text(200),
  caseSensitive: v.optional(v.boolean()),
  /** A phrase in which this entity's aliases must not be marked, e.g. "turkey dinner". */
  stop: v.optional(v.boolean()),
};
const PackAliasSchemaV1 = v.strictObject(PackAliasFields);
const PackAliasSchema = v.strictObject({
  ...PackAliasFields,
  /** Also an ordinary word ("Nice", "Chad"): marked only where it is clearly a name. */
  common: v.optional(v.boolean()),
  lang: v.optional(LanguageSchema),
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

const PackEntityFields = {
  id: Slug,
  kind: v.picklist(ENTITY_KINDS, 'must be a known kind'),
  name: Text(200),
  summary: v.pipe(v.string(), v.maxLength(5000)),
  eventType: v.optional(v.picklist(EVENT_TYPES, 'must be a known event type')),
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
  place: v.optional(Slug),
  facts: v.optional(v.array(PackFactSchema), []),
  relations: v.optional(v.array(PackRelationSchema), []),
};
const PackEntitySchemaV1 = v.strictObject({ ...PackEntityFields, aliases: v.optional(v.array(PackAliasSchemaV1), []) });
const PackEntitySchema = v.strictObject({
  ...PackEntityFields,
  aliases: v.optional(v.array(PackAliasSchema), []),
  /** One actor's key in every pack (`iso:SY`, `geonames:170063`, `wd:Q858`): two packs naming it make one entity. */
  key: v.optional(EntityKeySchema),
  /** Slugs into the pack's `sources`: where this record's data came from. */
  sources: v.optional(v.array(Slug)),
});

const DataSourceSchema = v.strictObject({ name: Text(200), licence: Text(100), url: SourceUrlSchema });

const Entities = <T extends v.GenericSchema>(entity: T) =>
  v.pipe(
    v.array(entity),
    v.maxLength(MAX_PACK_ENTITIES, `a pack holds at most ${MAX_PACK_ENTITIES.toLocaleString('en')} entities`),
  );
const PackShell = {
  format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
  id: Slug,
  name: Text(200),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
};

/**
 * Format 2 adds keys, data sources and word-like aliases. Objects stay closed per format: a
 * format-1 pack with a format-2 field is refused, as the Backstory it claims to suit would.
 */
const PackSchemaV2 = v.strictObject({
  ...PackShell,
  formatVersion: v.literal(2),
  sources: v.optional(v.record(Slug, DataSourceSchema)),
  entities: Entities(PackEntitySchema),
});

export const PackSchema = v.variant(
  'formatVersion',
  [v.strictObject({ ...PackShell, formatVersion: v.literal(1), entities: Entities(PackEntitySchemaV1) }), PackSchemaV2],
  `must be 1 or 2: this Backstory reads pack formats 1 and 2`,
);

/** Every format read as the newest: a format-1 pack is a format-2 pack that uses none of its fields. */
export type Pack = Omit<v.InferOutput<typeof PackSchemaV2>, 'formatVersion'> & { formatVersion: 1 | 2 };
export type PackEntity = Pack['entities'][number];
export type PackAlias = PackEntity['aliases'][number];
