import * as v from 'valibot';
import { EntityDraftSchema, FactDraftSchema, NoteDraftSchema } from '@/lib/store/drafts';
import type { EntityKind, FactRecord, NoteRecord, PartialDate } from '@/lib/store/records';
import type { EntityDetail, EntitySummary } from '@/lib/store/views';

/**
 * The one message protocol of Backstory. Each map is named by who answers it; a request's
 * shape is a valibot schema (checked by the receiver before any handler runs) and its
 * answer a type, so changing a message is a compile error everywhere it is used.
 */

/** A mention found in chunk `chunk` of the text a page sent, as UTF-16 offsets. */
export interface ChunkHit {
  chunk: number;
  start: number;
  end: number;
  entityId: string;
}

export interface PageEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

/** One row of the popup's "On this page" list. */
export interface PageMention extends PageEntity {
  count: number;
}

const Id = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(200));
/** A page sends at most this much text in one request; the content script batches below it. */
const MAX_CHUNK_CHARS = 1_000_000;

/** Requests the background answers; sent by content scripts, the popup and the editor. */
export const backgroundRequests = {
  'mentions/find': v.strictObject({
    chunks: v.pipe(
      v.array(v.string()),
      v.check((chunks) => chunks.reduce((sum, c) => sum + c.length, 0) <= MAX_CHUNK_CHARS, 'too much text in one request'),
    ),
  }),
  'entity/get': v.strictObject({ id: Id }),
  'entities/search': v.strictObject({
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 20),
  }),
  'entity/save': EntityDraftSchema,
  'entity/delete': v.strictObject({ id: Id }),
  'note/save': NoteDraftSchema,
  'note/delete': v.strictObject({ id: Id }),
  /** "Add as fact about…": a sentence from a page, filed on an entity with the page as its source. */
  'fact/add': v.strictObject({ entityId: Id, fact: FactDraftSchema }),
} as const;

export interface BackgroundAnswers {
  'mentions/find': { hits: ChunkHit[]; entities: PageEntity[] };
  'entity/get': EntityDetail;
  'entities/search': EntitySummary[];
  'entity/save': EntityDetail;
  'entity/delete': null;
  'note/save': NoteRecord;
  'note/delete': null;
  'fact/add': FactRecord;
}

/** What a page says about itself: the source of a fact filed from it, and the date its card reads facts at. */
export interface ArticleInfo {
  url: string;
  title: string;
  /** The article's publication date, or null when the page does not say. */
  published: PartialDate | null;
  /** Where the date was read: 'article:published_time', 'json-ld', 'time', 'byline', or null. */
  publishedFrom: string | null;
}

/** A capitalised name on the page that matches nothing in the store ("Not yet in your store"). */
export interface UnknownName {
  text: string;
  count: number;
}

/** Requests a tab's content script answers; sent by the popup and the background. */
export const pageRequests = {
  'page/mentions': v.strictObject({}),
  'page/reveal': v.strictObject({ entityId: Id }),
  'page/step': v.strictObject({ direction: v.picklist([1, -1]) }),
  'store/changed': v.strictObject({}),
  'page/stats': v.strictObject({}),
  'page/article': v.strictObject({}),
  'page/unknown-names': v.strictObject({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 30) }),
} as const;

/** What a tab reports of its own work, for the benchmark and for diagnosing a slow page. */
export interface PageStats {
  /** performance.now() when the first mark was painted (ms after navigation start), or null. */
  firstMarkAt: number | null;
  mentionCount: number;
  /** Main-thread time spent in Backstory's time-sliced work, and its longest slice. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
}

export interface PageAnswers {
  'page/mentions': PageMention[];
  'page/reveal': boolean;
  'page/step': null;
  'store/changed': null;
  'page/stats': PageStats;
  'page/article': ArticleInfo;
  'page/unknown-names': UnknownName[];
}

export type BackgroundRequestType = keyof typeof backgroundRequests;
export type PageRequestType = keyof typeof pageRequests;
export type BackgroundRequest<K extends BackgroundRequestType> = v.InferInput<(typeof backgroundRequests)[K]>;
export type BackgroundRequestParsed<K extends BackgroundRequestType> = v.InferOutput<(typeof backgroundRequests)[K]>;
export type PageRequest<K extends PageRequestType> = v.InferInput<(typeof pageRequests)[K]>;
export type PageRequestParsed<K extends PageRequestType> = v.InferOutput<(typeof pageRequests)[K]>;

/** Errors do not survive structured cloning everywhere, so answers are plain objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The envelope every message travels in; anything else on the channel is not ours. */
export interface Envelope {
  backstory: 1;
  type: string;
  request: unknown;
}
