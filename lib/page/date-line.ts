import { calendarDay, dateFromText, findDayInText, type DayInText } from './date-text';

/**
 * The date a page shows its reader next to the headline or the byline, when its markup gives
 * none: a `data-datetime` on a BBC-style date line, "24 juillet 2015" under the headline, or
 * "March 18 at 3:57 PM" with the year taken from elsewhere on the page.
 */

/** Attributes news sites keep a date in: `<time datetime>`, and BBC-style `data-datetime` and its kin. */
const DATE_ATTRIBUTES = ['datetime', 'data-datetime', 'data-timestamp', 'data-date', 'data-published', 'data-publish-date', 'data-pubdate'];
/** Elements a date line is in, by the names sites give them. */
const DATE_LINES = '[class*="byline"], [class*="date"], [class*="time"], [class*="published"], [class*="meta"], [class*="datum"], [class*="fecha"]';
/** A date line is short; a paragraph that names a day ("On 19 December...") is the story, not its date. */
const MAX_LINE_CHARS = 200;

/** "2016-12-31T08:00:00Z" → "2016-12-31"; anything that is not a real date → null. */
export function toPartialDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** An attribute's date: ISO, Unix seconds or milliseconds, or a date as written ("24 July 2015"). */
function dateOfValue(value: string): string | null {
  if (/^\d{10}(?:\d{3})?$/.test(value)) {
    const date = new Date(Number(value) * (value.length === 10 ? 1000 : 1));
    return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return toPartialDate(value) ?? dateFromText(value);
}

/**
 * Those of `elements` in the headline's `<article>`, else those after the headline (a date
 * line sits under it; a ticker above it dates other stories), else all.
 */
function nearHeadline(doc: Document, elements: Iterable<Element>): Element[] {
  const all = [...elements];
  const headline = doc.querySelector('h1');
  const article = headline?.closest('article');
  const inArticle = article ? all.filter((element) => article.contains(element)) : [];
  const after = headline ? all.filter((element) => headline.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) : [];
  return inArticle.length ? inArticle : after.length ? after : all;
}

/** The first date kept in an attribute after the headline, and whether a `<time>` kept it. */
export function fromDateAttributes(doc: Document): { date: string; inTime: boolean } | null {
  for (const element of nearHeadline(doc, doc.querySelectorAll(DATE_ATTRIBUTES.map((name) => `[${name}]`).join()))) {
    for (const name of DATE_ATTRIBUTES) {
      const date = dateOfValue(element.getAttribute(name)?.trim() ?? '');
      if (date) return { date, inTime: element.localName === 'time' };
    }
  }
  return null;
}

/** The day the date line near the headline names, in full or without its year. */
export function dayOnDateLine(doc: Document): DayInText | null {
  for (const line of nearHeadline(doc, doc.querySelectorAll(DATE_LINES))) {
    const text = line.textContent ?? '';
    const found = text.length <= MAX_LINE_CHARS && findDayInText(text);
    if (found) return found;
  }
  return null;
}

const YEAR_IN_ADDRESS = /\/((?:19|20)\d{2})\/(?:(\d{1,2})\/(\d{1,2})\/)?/;
const COPYRIGHT = /(?:©|\bcopyright\b)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})/i;

/** The date in the page's address: "/2017/03/18/". */
export function fromAddress(url: string): string | null {
  const match = YEAR_IN_ADDRESS.exec(new URL(url).pathname);
  return match?.[2] ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** For a date line without a year: the year in the address, a caption's date or the copyright line, and where from. */
export function yearElsewhere(doc: Document, url: string): { year: number; from: string } | null {
  const address = YEAR_IN_ADDRESS.exec(new URL(url).pathname);
  if (address) return { year: Number(address[1]), from: 'address' };
  for (const caption of doc.querySelectorAll('figcaption, [class*="caption"]')) {
    const found = findDayInText(caption.textContent ?? '');
    if (found?.year) return { year: found.year, from: 'caption' };
  }
  for (const line of doc.querySelectorAll('footer, [class*="footer"], [class*="copyright"]')) {
    const copyright = COPYRIGHT.exec(line.textContent ?? '');
    if (copyright) return { year: Number(copyright[1]), from: 'copyright' };
  }
  return null;
}
