import { foldText } from '@/lib/matcher';
import {
  type AliasRecord,
  type EntityKind,
  type EntityRecord,
  type FactRecord,
  isLive,
  type RelationRecord,
} from '@/lib/store';
import { timelineDataFrom } from './picture-data';
import { timeSpanOf, type TimeSpan } from './time-range';
import type { TimelineEvent, TimelineFact } from './timeline-model';

/** Whole years, both ends included: 2017–2026 is ten years. */
export interface YearRange {
  from: number;
  to: number;
}

/** The Pictures tab's own filters; an absent one takes its default. */
export interface PictureFilters {
  kind?: EntityKind;
  tag?: string;
  /** Part of a name or an alias, in any case and with or without accents. */
  text?: string;
  years?: YearRange;
  /** The most connected this many are drawn; Infinity draws them all. */
  actors?: number;
  /** The timeline gives this many actors a lane (those with most facts in the years). */
  lanes?: number;
}

/** Ten years read as "recent" and keep a month a few pixels wide on a 900-pixel axis. */
export const DEFAULT_YEARS = 10;
/** Thirty nodes leave room to name most of them in a 900 × 580 picture. */
export const DEFAULT_ACTORS = 30;
/** Eight lanes and the events lane fit beside the graph's legend in a 720-pixel window. */
export const DEFAULT_LANES = 8;

export interface PictureScope {
  years: YearRange;
  /** The years every dated item of the matching entities covers: where "widen" can go. */
  allYears?: YearRange;
  /** Dated facts and events of the matching entities before and after the years. */
  before: number;
  after: number;
  /** The graph's nodes: the most connected matching entities, events in the years only. */
  entities: EntityRecord[];
  /** How many matching entities could be drawn (the "Show all N"). */
  actorsTotal: number;
  relations: RelationRecord[];
  events: TimelineEvent[];
  /** Dated facts in the years, of the actors that have a lane. */
  facts: TimelineFact[];
  lanesShown: number;
  lanesTotal: number;
}

function yearSpan(years: YearRange): TimeSpan {
  return { from: years.from, to: years.to + 1 };
}

function inside(span: TimeSpan, years: TimeSpan): boolean {
  return span.to > years.from && span.from < years.to;
}

function textMatcher(text: string | undefined, aliases: readonly AliasRecord[]): (entity: EntityRecord) => boolean {
  const wanted = foldText(text ?? '').trim();
  if (!wanted) return () => true;
  const named = new Set(aliases.filter((a) => isLive(a) && foldText(a.text).includes(wanted)).map((a) => a.entityId));
  return (entity) => named.has(entity.id) || foldText(entity.name).includes(wanted);
}

function matching(
  entities: readonly EntityRecord[],
  aliases: readonly AliasRecord[],
  filters: PictureFilters,
): EntityRecord[] {
  const byText = textMatcher(filters.text, aliases);
  return entities.filter(
    (e) =>
      isLive(e) &&
      (filters.kind === undefined || e.kind === filters.kind) &&
      (filters.tag === undefined || (e.tags ?? []).includes(filters.tag)) &&
      byText(e),
  );
}

/** Spans of the dated facts and events among `entities`: what the year range is chosen from. */
function datedSpans(entities: readonly EntityRecord[], facts: readonly FactRecord[]): TimeSpan[] {
  const { events, facts: dated } = timelineDataFrom(entities, facts);
  return [...events.map((e) => timeSpanOf(e.start, e.end)), ...dated.map((f) => timeSpanOf(f.date, f.end))].filter(
    (s): s is TimeSpan => s !== undefined,
  );
}

/**
 * The recent years: the `DEFAULT_YEARS` up to the latest year anything is dated in. Not the
 * shortest stretch holding most items, and not everything: one fact from 1786 beside a hundred
 * from this decade would stretch the axis across two centuries (issue 17).
 */
export function recentYears(spans: readonly TimeSpan[], count = DEFAULT_YEARS): YearRange | undefined {
  if (!spans.length) return undefined;
  const latest = Math.floor(Math.max(...spans.map((s) => s.from)));
  return { from: latest - count + 1, to: latest };
}

function allYearsOf(spans: readonly TimeSpan[]): YearRange | undefined {
  if (!spans.length) return undefined;
  return {
    from: Math.floor(Math.min(...spans.map((s) => s.from))),
    to: Math.floor(Math.max(...spans.map((s) => s.from))),
  };
}

/** A relation holds from its start to its end; with no end it still holds ("leads Russia since 2012"). */
function relationSpan(r: RelationRecord): TimeSpan | undefined {
  const span = timeSpanOf(r.start, r.end);
  return span && r.end === undefined ? { from: span.from, to: Infinity } : span;
}

function relationsIn(
  relations: readonly RelationRecord[],
  ids: ReadonlySet<string>,
  years: TimeSpan,
): RelationRecord[] {
  return relations.filter((r) => {
    if (!isLive(r) || r.fromId === r.toId || !ids.has(r.fromId) || !ids.has(r.toId)) return false;
    const span = relationSpan(r);
    return !span || inside(span, years);
  });
}

function countBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Most counted first; ties by `then` (the world pack gives a hundred states two relations
 * each, and "India" before "Vladimir Putin" by name left the news out), then by name, so the
 * choice does not flicker between renders.
 */
function topBy(
  entities: readonly EntityRecord[],
  counts: ReadonlyMap<string, number>,
  limit: number,
  then: ReadonlyMap<string, number> = new Map(),
): EntityRecord[] {
  const by = (map: ReadonlyMap<string, number>, a: EntityRecord, b: EntityRecord) =>
    (map.get(b.id) ?? 0) - (map.get(a.id) ?? 0);
  return [...entities]
    .sort((a, b) => by(counts, a, b) || by(then, a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

interface StoreSlice {
  entities: readonly EntityRecord[];
  aliases: readonly AliasRecord[];
  facts: readonly FactRecord[];
  relations: readonly RelationRecord[];
}

/**
 * What the two pictures draw: the entities the filters leave, narrowed to the years (events
 * outside them, and relations dated outside them, are left out) and to the most connected
 * actors; the timeline's lanes go to those of them with most facts in the years.
 */
export function pictureScope(store: StoreSlice, filters: PictureFilters): PictureScope {
  const matched = matching(store.entities, store.aliases, filters);
  const spans = datedSpans(matched, store.facts);
  const allYears = allYearsOf(spans);
  const years = filters.years ??
    recentYears(spans) ?? { from: new Date().getFullYear() - DEFAULT_YEARS + 1, to: new Date().getFullYear() };
  const window = yearSpan(years);
  const candidates = matched.filter((e) => {
    const span = e.kind === 'event' ? timeSpanOf(e.start, e.end) : undefined;
    return !span || inside(span, window);
  });
  const linked = relationsIn(store.relations, new Set(candidates.map((e) => e.id)), window);
  const timeline = timelineDataFrom(matched, store.facts);
  const factsInYears = timeline.facts.filter((f) => inside(timeSpanOf(f.date, f.end)!, window));
  const documented = countBy(factsInYears, (f) => [f.entityId]);
  const shown = topBy(
    candidates,
    countBy(linked, (r) => [r.fromId, r.toId]),
    filters.actors ?? DEFAULT_ACTORS,
    documented,
  );
  const shownIds = new Set(shown.map((e) => e.id));
  const factsIn = factsInYears.filter((f) => shownIds.has(f.entityId));
  const factCounts = countBy(factsIn, (f) => [f.entityId]);
  const withFacts = shown.filter((e) => factCounts.has(e.id));
  const laned = new Set(topBy(withFacts, factCounts, filters.lanes ?? DEFAULT_LANES).map((e) => e.id));
  return {
    years,
    allYears,
    before: spans.filter((s) => s.to <= window.from).length,
    after: spans.filter((s) => s.from >= window.to).length,
    entities: shown,
    actorsTotal: candidates.length,
    relations: relationsIn(linked, shownIds, window),
    events: timeline.events.filter((e) => inside(timeSpanOf(e.start, e.end)!, window)),
    facts: factsIn.filter((f) => laned.has(f.entityId)),
    lanesShown: laned.size,
    lanesTotal: withFacts.length,
  };
}
