/**
 * Dates as news pages write them for their readers (ISO dates are the markup's: published.ts),
 * in English, French, German and Spanish:
 * "24 July 2015", "July 24, 2015", "24.07.2015", "24 juillet 2015", "24. Juli 2015",
 * "24 de julio de 2015", and without a year: "March 18 at 3:57 PM".
 */

/**
 * Month names, long and short ("juillet", "juil."), in the four languages, from the browser's
 * own locale data rather than a table in the script; built when a date is first read.
 */
let months: Map<string, number> | undefined;

function monthNumber(name: string): number | undefined {
  if (!months) {
    months = new Map();
    for (const language of ['en', 'fr', 'de', 'es']) {
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' });
        for (let number = 1; number <= 12; number++)
          months.set(
            format
              .format(Date.UTC(2000, number - 1, 15))
              .toLowerCase()
              .replace('.', ''),
            number,
          );
      }
    }
  }
  return months.get(name.toLowerCase());
}

const MONTH = String.raw`(\p{L}{3,10})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|\.)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY_FIRST = new RegExp(String.raw`(?<!\d)${DAY}\s+(?:de\s+)?${MONTH},?(?:\s+(?:de\s+)?${YEAR})?(?!\d)`, 'giu');
const MONTH_FIRST = new RegExp(String.raw`(?<!\p{L})${MONTH}\s+${DAY}(?:,?\s+${YEAR})?(?!\d)`, 'giu');
const NUMERIC = new RegExp(String.raw`(?<!\d)(\d{1,2})\.(\d{1,2})\.${YEAR}(?!\d)`);

/** A day the text names, and the words it names it with; `year` is null when the text gives none ("March 18"). */
export interface DayInText {
  year: number | null;
  month: number;
  day: number;
  text: string;
}

function dayOf(
  match: RegExpMatchArray,
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
): DayInText | null {
  if (!month || !day || month > 12) return null;
  return { year: year ? Number(year) : null, month, day: Number(day), text: match[0] };
}

/** The first date the text names, with or without its year. */
export function findDayInText(text: string): DayInText | null {
  const numeric = NUMERIC.exec(text);
  if (numeric) return dayOf(numeric, numeric[3], Number(numeric[2]), numeric[1]);
  let first: { day: DayInText; at: number } | undefined;
  for (const [pattern, monthAt, dayAt] of [
    [DAY_FIRST, 2, 1],
    [MONTH_FIRST, 1, 2],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const day = dayOf(match, match[3], monthNumber(match[monthAt]!), match[dayAt]);
      if (day && (!first || match.index < first.at)) first = { day, at: match.index };
      if (day) break;
    }
  }
  return first?.day ?? null;
}

/** A real calendar day as "YYYY-MM-DD", or null ("31 February"). */
export function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

/** "31 December 2016", "Dec. 31, 2016", "31. Dezember 2016": the date a text gives in full, or null. */
export function dateFromText(text: string): string | null {
  const found = findDayInText(text);
  return found?.year ? calendarDay(found.year, found.month, found.day) : null;
}
