import type { PartialDate } from '@/lib/store';
import { isPartialDate } from './partial-date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-12-22" → "22 Dec 2016", "2016-12" → "Dec 2016", "2016" → "2016"; anything else as given. */
export function formatPartialDate(date: PartialDate): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatDateRange(start?: PartialDate, end?: PartialDate): string {
  if (start && end) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return formatPartialDate(start);
  if (end) return `until ${formatPartialDate(end)}`;
  return '';
}

/** A reader's note is stamped with a time; cards show its day. */
export function formatTimestamp(ms: number): string {
  const date = new Date(ms);
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** A stored date that is not a date is shown as written (shortened) and said to be one, never guessed at. */
export function describeDate(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (isPartialDate(value)) return formatPartialDate(value);
  const text = String(value);
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}” (not a date)`;
}

/** Like formatDateRange, for dates read from a record that may hold anything. */
export function describeRange(start: unknown, end: unknown): string {
  const from = describeDate(start);
  const to = describeDate(end);
  if (from && to) return `${from} – ${to}`;
  return from || (to && `until ${to}`);
}
