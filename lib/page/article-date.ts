import type { ArticleInfo } from '@/lib/messaging';

/**
 * When the article was published, read from what news sites put in their markup, most
 * reliable first. Facts in a card are read as of this date.
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2016-12-31T08:00:00Z" → "2016-12-31"; anything that is not a real date → null. */
export function toPartialDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : null;
}

/** "31 December 2016", "December 31, 2016", "Dec. 31, 2016" in a byline. */
export function dateFromByline(text: string): string | null {
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
  const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`, 'i').exec(text);
  const monthFirst = new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(text);
  const parts = dayFirst ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
    : monthFirst ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] } : null;
  if (!parts) return null;
  const monthIndex = MONTHS.findIndex((name) => name.startsWith(parts.month!.toLowerCase().slice(0, 3)));
  return toPartialDate(`${parts.year}-${String(monthIndex + 1).padStart(2, '0')}-${parts.day!.padStart(2, '0')}`);
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

function fromTimeElement(doc: Document): string | null {
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]');
  return toPartialDate(time?.getAttribute('datetime'));
}

function fromByline(doc: Document): string | null {
  const byline = doc.querySelector('[class*="byline"], [class*="dateline"], [class*="published"], [rel="author"]');
  return byline ? dateFromByline(byline.textContent ?? '') : null;
}

export function readArticleInfo(doc: Document = document): ArticleInfo {
  const sources: [string, () => string | null][] = [
    ['article:published_time', () => {
      for (const selector of META_SELECTORS) {
        const found = toPartialDate(doc.querySelector(selector)?.getAttribute('content'));
        if (found) return found;
      }
      return null;
    }],
    ['json-ld', () => fromJsonLd(doc)],
    ['time', () => fromTimeElement(doc)],
    ['byline', () => fromByline(doc)],
  ];
  for (const [from, read] of sources) {
    const published = read();
    if (published) return { url: location.href, title: doc.title, published, publishedFrom: from };
  }
  return { url: location.href, title: doc.title, published: null, publishedFrom: null };
}
