import type { PartialDate } from '@/lib/store';

/** Wikibase time precisions (Wikibase's JSON documentation): 9 a year, 10 a month, 11 a day, 12+ finer. */
const YEAR = 9;
const MONTH = 10;
const DAY = 11;

const WIKIBASE_TIME = /^([+-])(\d+)-(\d{2})-(\d{2})T/;

/**
 * A Wikibase time value as a partial date that keeps its precision: a year stays a year (`2011`), a
 * month a month (`2019-01`). A decade, a century or a date before year 1 has no partial date, so it
 * gives none rather than a wrong year ("+1800-00-00" at century precision is not the year 1800).
 */
export function toPartialDate(value: unknown): PartialDate | null {
  if (!value || typeof value !== 'object') return null;
  const { time, precision } = value as { time?: unknown; precision?: unknown };
  if (typeof time !== 'string' || typeof precision !== 'number' || precision < YEAR) return null;
  const match = WIKIBASE_TIME.exec(time);
  if (!match) return null;
  const [, sign, yearDigits, month, day] = match as unknown as [string, string, string, string, string];
  const year = Number(yearDigits);
  if (sign === '-' || year < 1 || year > 9999) return null;
  const yearText = String(year).padStart(4, '0');
  // Month and day may be 00 when unknown, whatever the precision says.
  if (precision === YEAR || month === '00') return yearText;
  if (!isMonth(month)) return null;
  if (precision === MONTH || day === '00') return `${yearText}-${month}`;
  if (precision >= DAY && isDay(day)) return `${yearText}-${month}-${day}`;
  return null;
}

const isMonth = (month: string) => Number(month) >= 1 && Number(month) <= 12;
const isDay = (day: string) => Number(day) >= 1 && Number(day) <= 31;
