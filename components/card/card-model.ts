import { describeDate, heldAt, isPartialDate, orderAt, type Standing } from '@/lib/dates';
import type { EntityDetail, EventView, FactRecord, PartialDate, RelationView } from '@/lib/store';

/** The day a card reads its facts at: the article's date, or today when the page gives none. */
export interface AsOf {
  date: PartialDate;
  fromArticle: boolean;
  /** What the page shows instead of a full date ("March 18"), when it gives no year. */
  dateWithoutYear?: string;
}

/** "4 Jan 2017" or "today": the words for the card's date in headings. */
export function asOfWords(asOf: AsOf): string {
  return asOf.fromArticle ? describeDate(asOf.date) : 'today';
}

export interface Dated<T> {
  item: T;
  standing: Standing;
}

const relationSpan = (r: RelationView) => ({ start: r.start, end: r.end });

export function datedFacts(detail: EntityDetail, at: PartialDate): Dated<FactRecord>[] {
  return orderAt(detail.facts, at, (fact) => ({ start: fact.date, end: fact.end }));
}

/** A person's roles: what they led and belonged to, with dates, read at the day. */
export function rolesOf(detail: EntityDetail, at: PartialDate): Dated<RelationView>[] {
  if (detail.entity.kind !== 'person') return [];
  const roles = detail.relations.filter((r) => r.direction === 'out' && (r.type === 'leads' || r.type === 'member-of'));
  return orderAt(roles, at, relationSpan);
}

/** Who led a state, organisation or armed group on the day (ended since or not). */
export function leadersAt(detail: EntityDetail, at: PartialDate): Dated<RelationView>[] {
  if (detail.entity.kind === 'person' || detail.entity.kind === 'event') return [];
  const leads = detail.relations.filter((r) => r.direction === 'in' && r.type === 'leads');
  return orderAt(leads, at, relationSpan).filter(({ standing }) => heldAt(standing));
}

export function participantsOf(detail: EntityDetail): RelationView[] {
  if (detail.entity.kind !== 'event') return [];
  return detail.relations.filter((r) => r.direction === 'in' && r.type === 'participant-in');
}

export function datedEvents(detail: EntityDetail, at: PartialDate): Dated<EventView>[] {
  return orderAt(detail.events ?? [], at, (event) => ({ start: event.start, end: event.end }));
}

/**
 * An event's outcome, honestly: a fact dated on the day the event ended, when there is one.
 * The store has no outcome field, and guessing one from the last fact would mislead.
 */
export function outcomeOf(detail: EntityDetail): FactRecord | undefined {
  const { kind, end } = detail.entity;
  if (kind !== 'event' || !isPartialDate(end)) return undefined;
  return [...detail.facts].reverse().find((fact) => fact.date === end);
}

/**
 * Relations not already shown in a dated section above them; those whose other end is on
 * this page come first, since they are the ones a reader can jump to.
 */
export function otherRelations(detail: EntityDetail, at: PartialDate, onPage: ReadonlySet<string>): RelationView[] {
  const shown = new Set([
    ...rolesOf(detail, at).map(({ item }) => item.id),
    ...leadersAt(detail, at).map(({ item }) => item.id),
    ...participantsOf(detail).map((r) => r.id),
  ]);
  const eventIds = new Set((detail.events ?? []).map((e) => e.id));
  return detail.relations
    .filter(
      (r) => !shown.has(r.id) && !(r.type === 'participant-in' && r.direction === 'out' && eventIds.has(r.other.id)),
    )
    .sort((a, b) => Number(onPage.has(b.other.id)) - Number(onPage.has(a.other.id)));
}

/** Long text is clipped to a preview of at most `maxChars` and `maxLines`, so one huge note cannot swallow the card. */
export function previewOf(text: string, maxChars = 600, maxLines = 10): { preview: string; clipped: boolean } {
  let preview = text.length > maxChars ? text.slice(0, maxChars) : text;
  const lines = preview.split('\n');
  if (lines.length > maxLines) preview = lines.slice(0, maxLines).join('\n');
  return preview.length < text.length
    ? { preview: `${preview.trimEnd()}…`, clipped: true }
    : { preview: text, clipped: false };
}

/** Stored records are read defensively: a field written by hand may be missing or of the wrong type. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}
