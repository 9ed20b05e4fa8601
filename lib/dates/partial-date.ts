import type { PartialDate } from '@/lib/store';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether a value is a real partial date ("2016", "2016-12", "2016-12-22"). Records written
 * by an older version or by hand may hold anything, so callers ask before they compare.
 */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
  return date.getUTCMonth() === monthIndex && date.getUTCDate() === Number(day);
}

/**
 * Orders two partial dates at the coarser of their precisions: "2016" and "2016-12-22" are
 * the same time, because a fact known only to the year may have held on any day of it.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Today in the reader's own calendar, as "YYYY-MM-DD". */
export function todayAsPartialDate(now = new Date()): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2016" → 2016.0 (or 2017.0 as an end), "2016-07" → 2016.5, "2016-12-22" → about 2016.97. */
export function yearFraction(date: PartialDate, edge: 'start' | 'end'): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + (edge === 'end' ? 1 : 0);
  if (day === undefined) return year + (month - 1 + (edge === 'end' ? 1 : 0)) / 12;
  return year + (month - 1) / 12 + (day - 1) / 365;
}
