import * as v from 'valibot';
import type {
  AliasRecord,
  DuplicateMatch,
  EntityDetail,
  EntityKind,
  EntitySummary,
  FactRecord,
  MergeReport,
  NoteRecord,
  Origin,
  StoreCounts,
  TagCount,
} from '@/lib/store';
// A file, not the face: the content script takes these values, and '@/lib/store' would bring Dexie into content.js.
import { EntityDraftSchema, FactDraftSchema, NoteDraftSchema, TagSchema } from '@/lib/store/drafts';
// A file, not the face: the content script takes this value, and '@/lib/store' would bring Dexie into content.js.
import { ENTITY_KINDS } from '@/lib/store/records';
import type { ArticleDating, DateClues } from '@/lib/article-date';
import type { CommittedImport, ImportProgress, ImportReport } from '@/lib/backup';
import type { PackRemovalReport } from '@/lib/packs';
import type { RestoreResult, SnapshotInfo } from '@/lib/backup';
import { type ConnectionTest, SyncSettingsSchema, type SyncStatus } from '@/lib/sync';
import type { CandidatesView, LookupAdded, LookupPreview, LookupStatus } from '@/lib/lookup/views';
import type { PackSubscription, SubscriptionPreview } from '@/lib/pack-subscriptions';

/**
 * The one message protocol of Backstory. Each table is named by who answers it, and holds
 * one entry per message: its request as a valibot schema (checked by the receiver before any
 * handler runs) beside its answer type, so changing a message is one edit here and a compile
 * error everywhere it is used.
 */

declare const answerType: unique symbol;
/** Carries the type a message is answered with; there is no value of it at run time. */
export interface AnswerType<T> {
  readonly [answerType]: T;
}
/** Marks an entry's answer type: `answer: answer<EntityDetail>()`. The object itself is empty and never read. */
export const answer = <T>(): AnswerType<T> => ({}) as AnswerType<T>;

/** What every entry of a table holds. */
interface MessageEntry {
  request: v.GenericSchema;
  answer: AnswerType<unknown>;
}
export type MessageTable = Record<string, MessageEntry>;

/** A mention found in chunk `chunk` of the text a page sent, as UTF-16 offsets. */
export interface ChunkHit {
  chunk: number;
  start: number;
  end: number;
  entityId: string;
  /** Other entities the same name could mean (Washington the city and the state), when it is shared. */
  alternatives?: string[];
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
/** A page's date clues: a JSON-LD script can be long, a date line is short. */
const ClueText = v.pipe(v.string(), v.maxLength(200_000));
const ClueTexts = v.pipe(v.array(ClueText), v.maxLength(50));

// ── The reader's knowledge: packs, backups, imports, snapshots, bulk actions ──────────────
// Served by lib/background/knowledge-handlers.ts. Writes that destroy something take a
// snapshot first and answer its id: 'snapshots/restore' with it is the undo.

/** Which entities an export or a bulk action is about; the parts given all apply. */
const SelectionSchema = v.strictObject({
  tag: v.optional(TagSchema),
  kind: v.optional(v.picklist(ENTITY_KINDS, 'must be a known kind')),
  packId: v.optional(Id),
});
const EntityIds = v.pipe(v.array(Id), v.minLength(1, 'name at least one entity'), v.maxLength(100_000));
/** Far above the 50 MB an import accepts, so that the import itself says how big the file is. */
const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

/** What the editor shows of the store's health: persistence granted, space used, records held. */
export interface StoreStatus {
  /** null where the browser cannot say (no navigator.storage). */
  persisted: boolean | null;
  estimate: { usage: number; quota: number } | null;
  counts: StoreCounts;
  snapshots: number;
}

export interface PackInfo {
  id: string;
  name: string;
  version: number;
  loadedAt: number;
  /** Live entities that still come from the pack. */
  entities: number;
}

export interface SelectedEntity extends EntitySummary {
  tags: string[];
  origin: Origin;
  packId?: string;
}

/** A file for the editor to save (it owns the download). */
export interface ExportedFile {
  fileName: string;
  text: string;
}

// The tables are built in functions: a bundle that only sends requests (the content
// script) then drops every schema it never checks, which module-level schema calls would
// keep (the bundler cannot know a valibot call has no side effects).
const knowledgeMessages = () =>
  ({
    'store/status': { request: v.strictObject({}), answer: answer<StoreStatus>() },
    'tags/list': { request: v.strictObject({}), answer: answer<TagCount[]>() },
    'entities/select': {
      request: v.strictObject({
        selection: SelectionSchema,
        limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)), 1000),
      }),
      answer: answer<{ entities: SelectedEntity[]; total: number }>(),
    },
    /** `changedIds`: undo is the opposite call on exactly these. */
    'entities/bulk-tag': {
      request: v.strictObject({ ids: EntityIds, tag: TagSchema, remove: v.optional(v.boolean(), false) }),
      answer: answer<{ changedIds: string[] }>(),
    },
    'entities/bulk-delete': {
      request: v.strictObject({ ids: EntityIds }),
      answer: answer<{ deleted: number; undoId: string }>(),
    },
    'entities/merge': {
      request: v.strictObject({ keepId: Id, mergeId: Id }),
      answer: answer<{ report: MergeReport; entity: EntityDetail; undoId: string }>(),
    },
    'packs/list': { request: v.strictObject({}), answer: answer<PackInfo[]>() },
    'packs/export': {
      request: v.strictObject({
        selection: SelectionSchema,
        meta: v.strictObject({
          id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id')),
          name: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(200)),
          version: v.pipe(v.number(), v.integer(), v.minValue(1)),
        }),
      }),
      answer: answer<ExportedFile & { entities: number }>(),
    },
    'packs/remove-preview': { request: v.strictObject({ packId: Id }), answer: answer<PackRemovalReport>() },
    'packs/remove': {
      request: v.strictObject({ packId: Id }),
      answer: answer<PackRemovalReport & { undoId: string }>(),
    },
    'backup/export': { request: v.strictObject({}), answer: answer<ExportedFile & { counts: StoreCounts }>() },
    'import/start': {
      request: v.strictObject({
        kind: v.picklist(['backup', 'pack', 'csv'], 'must be backup, pack or csv'),
        text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is far too large')),
      }),
      answer: answer<{ jobId: string; preview: ImportReport }>(),
    },
    /** One file of a pack in several files (format 3), held until `import/start-set` names it. */
    'import/stage': {
      request: v.strictObject({
        name: v.pipe(v.string(), v.maxLength(300)),
        text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is far too large')),
      }),
      answer: answer<{ stagedId: string }>(),
    },
    'import/start-set': {
      request: v.strictObject({ stagedIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(1000)) }),
      answer: answer<{ jobId: string; preview: ImportReport }>(),
    },
    'import/progress': { request: v.strictObject({ jobId: Id }), answer: answer<ImportProgress>() },
    'import/commit': { request: v.strictObject({ jobId: Id }), answer: answer<CommittedImport>() },
    'import/cancel': { request: v.strictObject({ jobId: Id }), answer: answer<{ cancelled: boolean }>() },
    'snapshots/list': { request: v.strictObject({}), answer: answer<SnapshotInfo[]>() },
    'snapshots/restore': { request: v.strictObject({ id: Id }), answer: answer<RestoreResult>() },
  }) satisfies MessageTable;

export type KnowledgeRequestType = keyof ReturnType<typeof knowledgeMessages>;

// ── Sync through a WebDAV server ──────────────────────────────────────────────────────────
// Served by lib/background/sync-handlers.ts; sent by the editor's Sync section and the popup.
// Settings are checked here by the same schema the editor uses. An empty password or
// passphrase keeps the saved one, which no answer ever carries: every answer is a status or a
// connection test, and neither has a field for a secret.

const syncMessages = () =>
  ({
    'sync/status': { request: v.strictObject({}), answer: answer<SyncStatus>() },
    /** Tries settings that may not be saved yet; changes nothing. */
    'sync/test': { request: v.strictObject({ config: SyncSettingsSchema }), answer: answer<ConnectionTest>() },
    /** Saves the settings and (re)schedules; refused without host access to the server. */
    'sync/configure': { request: v.strictObject({ config: SyncSettingsSchema }), answer: answer<SyncStatus>() },
    /** Syncs now, or joins the sync already running; answers once it is over. */
    'sync/now': { request: v.strictObject({}), answer: answer<SyncStatus>() },
    /** Applies the sync waiting for the reader's answer (status.pending). */
    'sync/confirm': { request: v.strictObject({}), answer: answer<SyncStatus>() },
    /** "Not now": drops the waiting preview; the next sync asks again. */
    'sync/discard': { request: v.strictObject({}), answer: answer<SyncStatus>() },
    /** Stops syncing: removes the settings, credentials, record, schedule and host access. */
    'sync/forget': { request: v.strictObject({}), answer: answer<SyncStatus>() },
  }) satisfies MessageTable;

export type SyncRequestType = keyof ReturnType<typeof syncMessages>;

// ── End of sync ───────────────────────────────────────────────────────────────────────────

// ── Look-ups on Wikidata and Wikipedia ─────────────────────────────────────────────────────
// Served by lib/background/lookup-handlers.ts. Every request that would reach Wikimedia is
// refused while look-ups are off or the browser has not granted the hosts. `language` is the
// page's when the sender knows it; else the background asks the tab (`tabId`).

const QidSchema = v.pipe(v.string(), v.regex(/^Q[1-9]\d{0,11}$/, 'must be a Wikidata item id like Q42'));
const LookupContext = {
  language: v.optional(v.pipe(v.string(), v.maxLength(35))),
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
};

const lookupMessages = () =>
  ({
    'lookup/status': { request: v.strictObject({}), answer: answer<LookupStatus>() },
    /** Turning on is refused until the browser has granted the hosts (asked for by the page, on the click). */
    'lookup/enable': { request: v.strictObject({ enabled: v.boolean() }), answer: answer<LookupStatus>() },
    'lookup/search': {
      request: v.strictObject({
        name: v.pipe(v.string(), v.trim(), v.nonEmpty('name a name'), v.maxLength(200)),
        ...LookupContext,
      }),
      answer: answer<CandidatesView>(),
    },
    'lookup/preview': {
      request: v.strictObject({ qid: QidSchema, ...LookupContext }),
      answer: answer<LookupPreview>(),
    },
    'lookup/add': { request: v.strictObject({ qid: QidSchema, ...LookupContext }), answer: answer<LookupAdded>() },
    /** "Refresh from Wikidata": updates what came from Wikidata, never what the reader edited. */
    'lookup/refresh': { request: v.strictObject({ entityId: Id }), answer: answer<LookupAdded>() },
    /** The reader moved on: the look-up in flight is aborted. */
    'lookup/cancel': { request: v.strictObject({}), answer: answer<null>() },
    /** "Not this?" in a card: the look-up window for the name, to find what else it may mean. Answers whether a window was opened. */
    'lookup/open': {
      request: v.strictObject({ name: v.pipe(v.string(), v.trim(), v.nonEmpty('name a name'), v.maxLength(200)) }),
      answer: answer<boolean>(),
    },
  }) satisfies MessageTable;

export type LookupRequestType = keyof ReturnType<typeof lookupMessages>;

// ── Pack subscriptions ─────────────────────────────────────────────────────────────────────
// Served by lib/background/subscription-handlers.ts. The background checks an address again
// (https only) and fetches nothing the browser has not granted; the editor asks for the host's
// access on the click, before it sends. A preview's import is an import job ('import/cancel').

const Address = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('give the pack’s address'),
  v.maxLength(2000, 'the address is too long'),
);

const subscriptionMessages = () =>
  ({
    'subscriptions/list': { request: v.strictObject({}), answer: answer<PackSubscription[]>() },
    /** Fetches and checks the file, and previews its import; nothing is written or followed yet. */
    'subscriptions/preview': { request: v.strictObject({ address: Address }), answer: answer<SubscriptionPreview>() },
    /** Imports the previewed pack and follows its address. */
    'subscriptions/subscribe': {
      request: v.strictObject({ jobId: Id }),
      answer: answer<{ subscription: PackSubscription; imported: CommittedImport }>(),
    },
    /** "Check now": a higher version is imported, anything else changes nothing and says why. */
    'subscriptions/check': { request: v.strictObject({ address: Address }), answer: answer<PackSubscription>() },
    /** Stops following the address; the pack stays in the store. */
    'subscriptions/remove': { request: v.strictObject({ address: Address }), answer: answer<null>() },
  }) satisfies MessageTable;

export type SubscriptionRequestType = keyof ReturnType<typeof subscriptionMessages>;

// ── Marks, entities, notes and facts ───────────────────────────────────────────────────────

export type { ArticleDating, DateClues };

/** What a page says about itself: the source of a fact filed from it, and the date its card reads facts at. */
export interface ArticleInfo extends ArticleDating {
  url: string;
  title: string;
}

/** A capitalised name on the page that matches nothing in the store ("Not yet in your store"). */
export interface UnknownName {
  text: string;
  count: number;
}

/** Messages the background answers; sent by content scripts, the popup and the editor. */
export const backgroundMessages = /* @__PURE__ */ (() =>
  ({
    'mentions/find': {
      request: v.strictObject({
        chunks: v.pipe(
          v.array(v.string()),
          v.check(
            (chunks) => chunks.reduce((sum, c) => sum + c.length, 0) <= MAX_CHUNK_CHARS,
            'too much text in one request',
          ),
        ),
      }),
      answer: answer<{ hits: ChunkHit[]; entities: PageEntity[] }>(),
    },
    /** When the article was published, decided from the clues its page holds (lib/article-date). */
    'article/date': {
      request: v.strictObject({
        url: v.pipe(v.string(), v.maxLength(10_000), v.url()),
        meta: ClueTexts,
        jsonLd: ClueTexts,
        attributes: v.pipe(v.array(v.strictObject({ value: ClueText, inTime: v.boolean() })), v.maxLength(200)),
        lines: ClueTexts,
        captions: ClueTexts,
        footers: ClueTexts,
      }),
      answer: answer<ArticleDating>(),
    },
    /**
     * "Not yet in your store": the blocks of an article's text, in its page's language (`<html lang>`).
     * Answers the names in the text that the store does not know, most mentioned first.
     */
    'names/unknown': {
      request: v.strictObject({
        blocks: v.pipe(
          v.array(v.string()),
          v.check(
            (blocks) => blocks.reduce((sum, b) => sum + b.length, 0) <= MAX_CHUNK_CHARS,
            'too much text in one request',
          ),
        ),
        language: v.pipe(v.string(), v.maxLength(35)),
        limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)),
      }),
      answer: answer<UnknownName[]>(),
    },
    'entity/get': { request: v.strictObject({ id: Id }), answer: answer<EntityDetail>() },
    'entities/search': {
      request: v.strictObject({
        query: v.pipe(v.string(), v.maxLength(200)),
        limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 20),
      }),
      answer: answer<EntitySummary[]>(),
    },
    /** A new entity's name: which entities already answer to it (by name or alias), before it is saved. */
    'entities/duplicates': {
      request: v.strictObject({ name: v.pipe(v.string(), v.maxLength(500)), selfId: v.optional(Id) }),
      answer: answer<DuplicateMatch[]>(),
    },
    'entity/save': { request: EntityDraftSchema, answer: answer<EntityDetail>() },
    'entity/delete': { request: v.strictObject({ id: Id }), answer: answer<null>() },
    'note/save': { request: NoteDraftSchema, answer: answer<NoteRecord>() },
    'note/delete': { request: v.strictObject({ id: Id }), answer: answer<null>() },
    /** "Add as fact about…": a sentence from a page, filed on an entity with the page as its source. */
    'fact/add': { request: v.strictObject({ entityId: Id, fact: FactDraftSchema }), answer: answer<FactRecord>() },
    /** "Not this?": the mark of `entityId` on `phrase` (the name with its neighbouring words) is wrong. */
    'mention/reject': {
      request: v.strictObject({ entityId: Id, phrase: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)) }),
      answer: answer<AliasRecord>(),
    },
    ...knowledgeMessages(),
    ...syncMessages(),
    ...lookupMessages(),
    ...subscriptionMessages(),
  }) satisfies MessageTable)();

// ── Messages to a tab's content script ─────────────────────────────────────────────────────

/** What a tab reports of its own work, for the benchmark and for diagnosing a slow page. */
export interface PageStats {
  /** performance.now() when the first mark was painted (ms after navigation start), or null. */
  firstMarkAt: number | null;
  /** Whether the first paint held only marks in or near the window; null before any. */
  firstMarksInView?: boolean | null;
  /** performance.now() when the latest scan of the whole page was painted, or null. */
  wholePagePaintedAt?: number | null;
  mentionCount: number;
  /** Main-thread time spent in Backstory's time-sliced work, and its longest slice. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** The latest card openings on the page, oldest first (at most the last 100). */
  cardOpens?: CardOpenTiming[];
}

/** One card opening, timed from the moment it was asked to open (after the hover intent delay). */
export interface CardOpenTiming {
  /** Whether the entity's details had already been fetched for this page. */
  cached: boolean;
  /** Until its details were in the card's DOM. */
  domMs: number;
  /** Until the frame showing them was painted (a task queued from the next animation frame). */
  paintedMs: number;
  /** Until the notes frame had painted the entity's notes, when it said so. */
  notesMs?: number;
}

/** Messages a tab's content script answers; sent by the popup and the background. */
export const pageMessages = {
  'page/mentions': { request: v.strictObject({}), answer: answer<PageMention[]>() },
  'page/reveal': { request: v.strictObject({ entityId: Id }), answer: answer<boolean>() },
  'page/step': { request: v.strictObject({ direction: v.picklist([1, -1]) }), answer: answer<null>() },
  'store/changed': { request: v.strictObject({}), answer: answer<null>() },
  'page/stats': { request: v.strictObject({}), answer: answer<PageStats>() },
  'page/article': { request: v.strictObject({}), answer: answer<ArticleInfo>() },
  'page/unknown-names': {
    request: v.strictObject({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 30) }),
    answer: answer<UnknownName[]>(),
  },
  /** The text selected in the tab, for the "add selection" commands, which carry no selection of their own. */
  'page/selection': { request: v.strictObject({}), answer: answer<{ text: string }>() },
} satisfies MessageTable;

/**
 * A card and its notes frame (entrypoints/card-notes) talk over a MessageChannel of their own,
 * never through the page's window, whose listeners would hear it. Nothing of a note crosses:
 * the frame asks the background for the notes itself.
 */
export const NotesFrameCommandSchema = v.variant('type', [
  /** Show the notes of this entity; `trapped` keeps Tab inside the card (opened from the keyboard). */
  v.strictObject({ type: v.literal('show'), entityId: Id, trapped: v.boolean() }),
  /** Give the keyboard focus to the frame's first control (Tab into the frame). */
  v.strictObject({ type: v.literal('focus'), edge: v.picklist(['first', 'last']) }),
]);
export const NotesFrameEventSchema = v.variant('type', [
  /** Escape with nothing to cancel in the frame: the card closes. */
  v.strictObject({ type: v.literal('escape') }),
  /** Tab past the frame's last control, or Shift+Tab before its first, while the card keeps Tab. */
  v.strictObject({ type: v.literal('tab-out'), direction: v.picklist(['forward', 'backward']) }),
  /** The frame painted the notes of this entity (for the card's own timings). */
  v.strictObject({ type: v.literal('shown'), entityId: Id }),
]);
export type NotesFrameCommand = v.InferOutput<typeof NotesFrameCommandSchema>;
export type NotesFrameEvent = v.InferOutput<typeof NotesFrameEventSchema>;

// Everything below is read off the two tables, so a message is declared exactly once.
type BackgroundMessages = typeof backgroundMessages;
type PageMessages = typeof pageMessages;
export type BackgroundRequestType = keyof BackgroundMessages;
export type PageRequestType = keyof PageMessages;
/** A request as its sender writes it (defaults not yet filled in). */
export type BackgroundRequest<K extends BackgroundRequestType> = v.InferInput<BackgroundMessages[K]['request']>;
/** A request as its handler receives it, after the schema filled in the defaults. */
export type BackgroundRequestParsed<K extends BackgroundRequestType> = v.InferOutput<BackgroundMessages[K]['request']>;
export type BackgroundAnswer<K extends BackgroundRequestType> = BackgroundMessages[K]['answer'][typeof answerType];
export type PageRequest<K extends PageRequestType> = v.InferInput<PageMessages[K]['request']>;
export type PageRequestParsed<K extends PageRequestType> = v.InferOutput<PageMessages[K]['request']>;
export type PageAnswer<K extends PageRequestType> = PageMessages[K]['answer'][typeof answerType];

/** Errors do not survive structured cloning everywhere, so answers are plain objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The envelope every message travels in; anything else on the channel is not ours. */
export interface Envelope {
  backstory: 1;
  type: string;
  request: unknown;
}
