import type { PartialDate } from '@/lib/store';
import { comparePartialDates, isPartialDate } from './partial-date';

/**
 * How something dated stood on a given day (the article's date):
 * - `then`: it had begun and had not ended; no end is known, so it may still hold;
 * - `changed-since`: it held then, but ended on or after that day;
 * - `earlier`: it had already ended;
 * - `later`: it began after that day;
 * - `undated`: it has no usable date.
 * When precision cannot tell ("2017" against "2017-01-04"), the benefit of the doubt goes
 * to `then`: the card prints the coarse date beside it, so the reader sees the doubt.
 */
export type Standing = 'then' | 'changed-since' | 'earlier' | 'later' | 'undated';

export interface Span {
  /** Typed loosely on purpose: a stored record may hold a date that is not a date. */
  start?: unknown;
  end?: unknown;
}

export function standingAt(span: Span, at: PartialDate): Standing {
  const start = isPartialDate(span.start) ? span.start : undefined;
  const end = isPartialDate(span.end) ? span.end : undefined;
  if (!start && !end) return 'undated';
  if (start && comparePartialDates(start, at) > 0) return 'later';
  if (end && comparePartialDates(end, at) < 0) return 'earlier';
  return end ? 'changed-since' : 'then';
}

const GROUP: Record<Standing, number> = { then: 0, 'changed-since': 0, earlier: 1, later: 2, undated: 3 };

function sortKey(span: Span): string {
  const start = isPartialDate(span.start) ? span.start : undefined;
  const end = isPartialDate(span.end) ? span.end : undefined;
  return start ?? end ?? '';
}

/**
 * What held on the day first, then what had ended, then what came later, then the undated;
 * oldest first within each group, so each reads as a short history.
 */
export function orderAt<T>(
  items: readonly T[],
  at: PartialDate,
  spanOf: (item: T) => Span,
): { item: T; standing: Standing }[] {
  return items
    .map((item) => ({ item, standing: standingAt(spanOf(item), at), key: sortKey(spanOf(item)) }))
    .sort((a, b) => GROUP[a.standing] - GROUP[b.standing] || a.key.localeCompare(b.key))
    .map(({ item, standing }) => ({ item, standing }));
}

/** Whether it held on the day, ended since or not. */
export function heldAt(standing: Standing): boolean {
  return standing === 'then' || standing === 'changed-since';
}
