import type { ArticleInfo } from '@/lib/messaging';
import { calendarDay } from './date-text';
import { dayOnDateLine, fromAddress, fromDateAttributes, toPartialDate, yearElsewhere } from './date-line';

type Dating = Pick<ArticleInfo, 'published' | 'publishedFrom' | 'dateWithoutYear'>;

/**
 * When the article was published, read from what news sites put in their markup, most
 * reliable first, then from what they show the reader. Facts in a card are read as of this date.
 */
const META_SELECTORS = 'meta[property="article:published_time"] meta[name="article:published_time"] meta[itemprop="datePublished"] '
  + 'meta[name="pubdate"] meta[name="parsely-pub-date"] meta[name="DC.date.issued"] meta[name="date"]';

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

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findJsonLdDate(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's business; try the next source.
    }
  }
  return null;
}

function fromMeta(doc: Document): string | null {
  for (const selector of META_SELECTORS.split(' ')) {
    const found = toPartialDate(doc.querySelector(selector)?.getAttribute('content'));
    if (found) return found;
  }
  return null;
}

/** The markup's dates, most reliable first: meta tags, JSON-LD, then `<time>` and other date attributes. */
function fromMarkup(doc: Document): Dating | null {
  const meta = fromMeta(doc);
  if (meta) return { published: meta, publishedFrom: 'article:published_time' };
  const jsonLd = fromJsonLd(doc);
  if (jsonLd) return { published: jsonLd, publishedFrom: 'json-ld' };
  const attribute = fromDateAttributes(doc);
  return attribute && { published: attribute.date, publishedFrom: attribute.inTime ? 'time' : 'date attribute' };
}

/**
 * The date the page shows: its date line, else its address ("/2017/03/18/"); a date line
 * without a year ("March 18 at 3:57 PM") takes the address's, a caption's or the copyright
 * line's, or is passed on as it is, so the card can say the year is unknown.
 */
function fromWhatPageShows(doc: Document, url: string): Dating {
  const day = dayOnDateLine(doc);
  const inFull = day?.year ? calendarDay(day.year, day.month, day.day) : null;
  if (inFull) return { published: inFull, publishedFrom: 'byline' };
  const fromUrl = fromAddress(url);
  if (fromUrl) return { published: fromUrl, publishedFrom: 'address' };
  if (!day) return { published: null, publishedFrom: null };
  const year = yearElsewhere(doc, url);
  const published = year && calendarDay(year.year, day.month, day.day);
  if (published) return { published, publishedFrom: `byline, year from the ${year.from}` };
  return { published: null, publishedFrom: null, dateWithoutYear: day.text.trim() };
}

export function readArticleInfo(doc: Document = document, url = location.href): ArticleInfo {
  return { url, title: doc.title, ...(fromMarkup(doc) ?? fromWhatPageShows(doc, url)) };
}
