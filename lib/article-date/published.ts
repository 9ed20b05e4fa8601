import { calendarDay, dateFromText, findDayInText } from './date-text';

/**
 * When an article was published, decided from what the page holds (its clues, read by the
 * content script): the markup first (meta tags, JSON-LD, `<time>` and other date attributes),
 * then what the reader sees (the date line near the headline, the address). A date line
 * without a year ("March 18 at 3:57 PM") takes the address's, a caption's or the copyright
 * line's year, or is passed on as it is, so the card can say the year is unknown.
 */

/** What a page holds about its date, each list nearest the headline first. */
export interface DateClues {
  url: string;
  /** The date meta tags' contents, most trusted first. */
  meta: string[];
  /** The page's JSON-LD scripts. */
  jsonLd: string[];
  /** Date attributes near the headline, and whether a `<time>` holds each. */
  attributes: { value: string; inTime: boolean }[];
  /** Short texts of the elements a date line is in (byline, date, meta...). */
  lines: string[];
  captions: string[];
  footers: string[];
}

export interface ArticleDating {
  /** The article's publication date ("2017-03-18"), or null when the page does not say. */
  published: string | null;
  /** 'article:published_time', 'json-ld', 'time', 'date attribute', 'byline', 'address', 'byline, year from the address'... */
  publishedFrom: string | null;
  /** The date line when it gives no year and none was found elsewhere ("March 18"). */
  dateWithoutYear?: string;
}

/** "2016-12-31T08:00:00Z" → "2016-12-31"; anything that is not a real date → null. */
export function toPartialDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** An attribute's date: ISO, Unix seconds or milliseconds, or a date as written ("24 July 2015"). */
function dateOfValue(value: string): string | null {
  if (/^\d{10}(?:\d{3})?$/.test(value))
    return new Date(Number(value) * (value.length === 10 ? 1000 : 1)).toISOString().slice(0, 10);
  return toPartialDate(value) ?? dateFromText(value);
}

function findJsonLdDate(node: unknown, depth = 0): string | null {
  if (depth > 6 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findJsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return toPartialDate(record.datePublished);
  return findJsonLdDate(record['@graph'], depth + 1);
}

function fromJsonLd(scripts: string[]): string | null {
  for (const script of scripts) {
    try {
      const found = findJsonLdDate(JSON.parse(script));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's business; try the next source.
    }
  }
  return null;
}

function fromMarkup(clues: DateClues): ArticleDating | null {
  const meta = clues.meta.map(toPartialDate).find(Boolean);
  if (meta) return { published: meta, publishedFrom: 'article:published_time' };
  const jsonLd = fromJsonLd(clues.jsonLd);
  if (jsonLd) return { published: jsonLd, publishedFrom: 'json-ld' };
  for (const { value, inTime } of clues.attributes) {
    const date = dateOfValue(value.trim());
    if (date) return { published: date, publishedFrom: inTime ? 'time' : 'date attribute' };
  }
  return null;
}

const YEAR_IN_ADDRESS = /\/((?:19|20)\d{2})\/(?:(\d{1,2})\/(\d{1,2})\/)?/;
const COPYRIGHT = /(?:©|\bcopyright\b)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})/i;

/** For a date line without a year: the year in the address, a caption's date or the copyright line, and where from. */
function yearElsewhere(clues: DateClues, address: RegExpExecArray | null): { year: number; from: string } | null {
  if (address) return { year: Number(address[1]), from: 'address' };
  for (const caption of clues.captions) {
    const found = findDayInText(caption);
    if (found?.year) return { year: found.year, from: 'caption' };
  }
  for (const footer of clues.footers) {
    const copyright = COPYRIGHT.exec(footer);
    if (copyright) return { year: Number(copyright[1]), from: 'copyright' };
  }
  return null;
}

function fromWhatPageShows(clues: DateClues): ArticleDating {
  const day = clues.lines.map(findDayInText).find(Boolean);
  const inFull = day?.year ? calendarDay(day.year, day.month, day.day) : null;
  if (inFull) return { published: inFull, publishedFrom: 'byline' };
  const address = YEAR_IN_ADDRESS.exec(new URL(clues.url).pathname);
  const fromUrl = address?.[2] ? calendarDay(Number(address[1]), Number(address[2]), Number(address[3])) : null;
  if (fromUrl) return { published: fromUrl, publishedFrom: 'address' };
  if (!day) return { published: null, publishedFrom: null };
  const year = yearElsewhere(clues, address);
  const published = year && calendarDay(year.year, day.month, day.day);
  if (published) return { published, publishedFrom: `byline, year from the ${year.from}` };
  return { published: null, publishedFrom: null, dateWithoutYear: day.text.trim() };
}

export function datePublished(clues: DateClues): ArticleDating {
  return fromMarkup(clues) ?? fromWhatPageShows(clues);
}
