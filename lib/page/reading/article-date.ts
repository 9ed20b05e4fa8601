import { askBackground, type ArticleInfo, type DateClues } from '@/lib/messaging';

/**
 * What the page holds about when its article was published, read from the DOM; the
 * background decides the date from it (lib/article-date), so the content script carries no
 * date parsing. Facts in a card are read as of that date.
 */
const META =
  'meta[property="article:published_time"] meta[name="article:published_time"] meta[itemprop="datePublished"] ' +
  'meta[name="pubdate"] meta[name="parsely-pub-date"] meta[name="DC.date.issued"] meta[name="date"]';
/** Attributes news sites keep a date in: `<time datetime>`, and BBC-style `data-datetime` and its kin. */
const DATE_ATTRIBUTES = [
  'datetime',
  'data-datetime',
  'data-timestamp',
  'data-date',
  'data-published',
  'data-publish-date',
  'data-pubdate',
];
/**
 * Elements a date line is in, by the names sites give them, in English, German, French and
 * Spanish: a byline is often a "signature" or an "autor" line ("Von Jonas Becker · 20.11.2017").
 */
const DATE_LINES =
  '[class*="byline"], [class*="date"], [class*="time"], [class*="published"], [class*="meta"], [class*="datum"], ' +
  '[class*="fecha"], [class*="author"], [class*="autor"], [class*="auteur"], [class*="signature"], [class*="firma"]';
const NOT_A_DATE_LINE = 'p, figure, figcaption, [class*="caption"]';
/** How many elements after the headline may hold a date line that has no telling class. */
const HEADLINE_NEIGHBOURS = 3;
/** A date line is short; a paragraph that names a day ("On 19 December...") is the story, not its date. */
const MAX_LINE_CHARS = 200;
/** Enough of each list: the first date found wins. */
const MAX_CLUES = 20;

/**
 * Those of `elements` in the headline's `<article>`, else those after the headline (a date
 * line sits under it; a ticker above it dates other stories), else all.
 */
function nearHeadline(doc: Document, selector: string): Element[] {
  const all = [...doc.querySelectorAll(selector)];
  const headline = doc.querySelector('h1');
  const article = headline?.closest('article');
  const inArticle = article ? all.filter((element) => article.contains(element)) : [];
  const after = headline
    ? all.filter((element) => headline.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
    : [];
  return (inArticle.length ? inArticle : after.length ? after : all).slice(0, MAX_CLUES);
}

/**
 * The elements right after the headline, whatever their class: where a site shows "24 July 2015"
 * in a plain `<div>`. A `<p>` there is the standfirst or the story, and a picture's caption dates
 * the picture: their days are not the article's.
 */
function headlineNeighbours(doc: Document): Element[] {
  const neighbours: Element[] = [];
  for (
    let next = doc.querySelector('h1')?.nextElementSibling;
    next && neighbours.length < HEADLINE_NEIGHBOURS;
    next = next.nextElementSibling
  ) {
    neighbours.push(next);
  }
  return neighbours.filter((element) => !element.matches(NOT_A_DATE_LINE) && !element.querySelector(NOT_A_DATE_LINE));
}

const texts = (elements: Iterable<Element>) =>
  [...elements]
    .map((element) => element.textContent ?? '')
    .filter((text) => text.length <= MAX_LINE_CHARS)
    .slice(0, MAX_CLUES);

export function readDateClues(doc: Document, url: string): DateClues {
  return {
    url,
    meta: META.split(' ')
      .map((selector) => doc.querySelector(selector)?.getAttribute('content') ?? '')
      .filter(Boolean),
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => script.textContent ?? '')
      .slice(0, MAX_CLUES),
    attributes: nearHeadline(doc, DATE_ATTRIBUTES.map((name) => `[${name}]`).join()).flatMap((element) =>
      DATE_ATTRIBUTES.map((name) => ({
        value: element.getAttribute(name) ?? '',
        inTime: element.localName === 'time',
      })).filter(({ value }) => value && value.length <= MAX_LINE_CHARS),
    ),
    lines: texts(new Set([...nearHeadline(doc, DATE_LINES), ...headlineNeighbours(doc)])),
    captions: texts(doc.querySelectorAll('figcaption, [class*="caption"]')),
    // A copyright line closes the page's last footer.
    footers: [...doc.querySelectorAll('footer, [class*="footer"], [class*="copyright"]')]
      .slice(-MAX_CLUES)
      .map((element) => (element.textContent ?? '').slice(-2000)),
  };
}

export async function readArticleInfo(doc: Document = document, url = location.href): Promise<ArticleInfo> {
  const result = await askBackground('article/date', readDateClues(doc, url));
  const dating = result.ok ? result.value : { published: null, publishedFrom: null };
  return { url, title: doc.title, ...dating };
}
