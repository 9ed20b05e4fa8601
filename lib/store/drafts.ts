import * as v from 'valibot';
import { ENTITY_KINDS, EVENT_TYPES, RELATION_TYPES } from './records';

/**
 * What a reader (or a pack) may write, validated at every boundary. Shapes are strict:
 * unknown keys are refused rather than silently stored.
 */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE, 'must be a date like 2016, 2016-12 or 2016-12-22'),
);

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`));
const RequiredText = (label: string, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(`${label} must not be empty`),
    v.maxLength(max, `${label} must be at most ${max} characters`),
  );

/** Only http(s) sources are ever stored: a `javascript:` link in a card would run in the page. */
export const SourceUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.url('must be a web address'),
  v.check((url) => /^https?:\/\//i.test(url), 'must start with http:// or https://'),
);

/** One actor's key in every pack and look-up: `iso:SY`, `geonames:170063`, `wd:Q858`, `bs:united-nations`. */
export const EntityKeySchema = v.pipe(
  v.string(),
  v.regex(/^(iso|geonames|wd|bs):[A-Za-z0-9-]{1,60}$/, 'must be a key such as iso:SY or wd:Q858'),
);
/** A language code as packs write it ("fr"). */
export const LanguageSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code'),
);

/** A tag the reader puts on entities; compared exactly as written (after trimming). */
export const TagSchema = RequiredText('A tag', 60);

export const AliasDraftSchema = v.strictObject({
  id: v.optional(v.string()),
  text: RequiredText('An alias', 200),
  caseSensitive: v.optional(v.boolean(), false),
  stop: v.optional(v.boolean()),
});

export const FactDraftSchema = v.strictObject({
  id: v.optional(v.string()),
  text: RequiredText('A fact', 2000),
  date: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
  sourceUrl: v.optional(SourceUrlSchema),
  sourceTitle: v.optional(Text(300)),
});

export const RelationDraftSchema = v.strictObject({
  id: v.optional(v.string()),
  type: v.picklist(RELATION_TYPES, 'must be a known relation type'),
  toId: RequiredText('A relation target', 200),
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
});

export const EntityDraftSchema = v.strictObject({
  id: v.optional(v.string()),
  kind: v.picklist(ENTITY_KINDS, 'must be a known kind'),
  name: RequiredText('The name', 200),
  summary: v.optional(Text(5000), ''),
  eventType: v.optional(v.picklist(EVENT_TYPES, 'must be a known event type')),
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
  placeId: v.optional(v.string()),
  aliases: v.optional(v.array(AliasDraftSchema), []),
  facts: v.optional(v.array(FactDraftSchema), []),
  relations: v.optional(v.array(RelationDraftSchema), []),
  /** Absent: the entity keeps the tags it has (editors that do not show tags leave them be). */
  tags: v.optional(v.pipe(v.array(TagSchema), v.maxLength(100, 'at most 100 tags'))),
});

export const NoteDraftSchema = v.strictObject({
  id: v.optional(v.string()),
  entityId: RequiredText('The entity', 200),
  text: RequiredText('A note', 20000),
});

export type AliasDraft = v.InferOutput<typeof AliasDraftSchema>;
export type FactDraft = v.InferOutput<typeof FactDraftSchema>;
export type RelationDraft = v.InferOutput<typeof RelationDraftSchema>;
export type EntityDraft = v.InferOutput<typeof EntityDraftSchema>;
export type EntityDraftInput = v.InferInput<typeof EntityDraftSchema>;
export type NoteDraft = v.InferOutput<typeof NoteDraftSchema>;

/** Turns valibot issues into one sentence a reader can act on, naming the field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
