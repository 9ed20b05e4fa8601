import { afterEach, describe, expect, it, vi } from 'vitest';
import { datePublished } from '@/lib/article-date';
import { readDateClues } from '@/lib/page/reading';
import { openPage } from '../page-dom';

afterEach(() => vi.unstubAllGlobals());

const PLAIN = 'https://news.example/world/story';

/** The date a page's card reads facts at, and where it was found: the clues this page holds, as the background judges them. */
const dating = (page: string, url = PLAIN) => datePublished(readDateClues(openPage(page, url), url));

const withBody = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('the article’s date, from its markup', () => {
  it('is read from an article:published_time meta tag first', () => {
    expect(
      dating(
        withBody(
          '<meta property="article:published_time" content="2017-01-04T08:00:00Z">',
          '<h1>Talks</h1><time datetime="2016-12-30">30 Dec</time>',
        ),
      ),
    ).toEqual({ published: '2017-01-04', publishedFrom: 'article:published_time' });
  });

  it('is read from JSON-LD, and a page’s broken JSON-LD is passed over', () => {
    const scripts =
      '<script type="application/ld+json">{broken</script>' +
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2016-12-20T10:00:00+03:00"}]}</script>';
    expect(dating(withBody(scripts, '<h1>Talks</h1>'))).toEqual({ published: '2016-12-20', publishedFrom: 'json-ld' });
  });

  it('is read from <time datetime>', () => {
    expect(dating('article-pages/lebron-sponsor.html')).toEqual({ published: '2015-10-07', publishedFrom: 'time' });
  });

  it('is read from a BBC-style data-datetime under the headline, not from the ticker above it or related stories', () => {
    expect(dating('article-pages/obama-kenya-bbc.html')).toEqual({
      published: '2015-07-24',
      publishedFrom: 'date attribute',
    });
  });

  it('is read from a data-date written out in Spanish', () => {
    expect(dating('article-pages/ballenas-es.html')).toEqual({
      published: '2017-02-11',
      publishedFrom: 'date attribute',
    });
  });

  it('is read from Unix seconds in a data-timestamp', () => {
    expect(dating(withBody('', '<h1>Talks</h1><span data-timestamp="1437768000">Friday</span>'))).toEqual({
      published: '2015-07-24',
      publishedFrom: 'date attribute',
    });
  });
});

describe('the article’s date, from what the page shows', () => {
  it('is read from a French date line under the headline', () => {
    expect(dating('article-pages/loi-renseignement-fr.html')).toEqual({
      published: '2015-07-24',
      publishedFrom: 'byline',
    });
  });

  it('is read from a German date line', () => {
    expect(dating('article-pages/mugabe-de.html')).toEqual({ published: '2017-11-21', publishedFrom: 'byline' });
  });

  it('is read from a German "autor" line, a French "signature" and a Spanish "firma"', () => {
    expect(
      dating(
        withBody(
          '',
          '<h1>Jamaika gescheitert</h1><div class="autor">Von Jonas Becker, Berlin · 20.11.2017, 14:32 Uhr</div>',
        ),
      ),
    ).toEqual({ published: '2017-11-20', publishedFrom: 'byline' });
    expect(
      dating(
        withBody('', '<h1>Au Mali</h1><div class="signature">Par Aminata Traoré · 1er juillet 2023 à 10h05</div>'),
      ),
    ).toEqual({ published: '2023-07-01', publishedFrom: 'byline' });
    expect(
      dating(
        withBody('', '<h1>El BCE</h1><span class="firma">Carmen Ortiz · Madrid · 21 jul. 2022 - 17:40 CEST</span>'),
      ),
    ).toEqual({ published: '2022-07-21', publishedFrom: 'byline' });
  });

  it('is read from a plain line right under the headline, past its standfirst', () => {
    expect(
      dating(withBody('', '<h1>Talks</h1><p>Delegates met again.</p><div>24 July 2015</div><div>Related</div>')),
    ).toEqual({ published: '2015-07-24', publishedFrom: 'byline' });
  });

  it('is not read from a standfirst or a photo caption right under the headline', () => {
    expect(
      dating(
        withBody(
          '',
          '<h1>Talks</h1><p>On 19 December 2016 the ambassador was shot.</p>' +
            '<figure><img alt=""><figcaption>Delegates arrive, 17 March 2017.</figcaption></figure>',
        ),
      ),
    ).toEqual({ published: null, publishedFrom: null });
  });

  it('is not read from a paragraph of the story that names a day', () => {
    expect(
      dating(
        withBody(
          '',
          `<h1>Karlov</h1><p>On 19 December 2016 the ambassador was shot dead at an exhibition in Ankara,
      and the gunman was killed by police at the scene, witnesses said on Tuesday in a long account of the evening. ${'More. '.repeat(30)}</p>`,
        ),
      ),
    ).toEqual({ published: null, publishedFrom: null });
  });

  it('is read from the address when the page shows none', () => {
    expect(dating(withBody('', '<h1>Talks</h1><p>Text.</p>'), 'https://news.example/2017/03/18/world/talks')).toEqual({
      published: '2017-03-18',
      publishedFrom: 'address',
    });
  });

  it('takes the year for "March 18 at 3:57 PM" from the address', () => {
    expect(
      dating('article-pages/netanyahu-beijing.html', 'https://ledger.example/world/2017/netanyahu-beijing'),
    ).toEqual({ published: '2017-03-18', publishedFrom: 'byline, year from the address' });
  });

  it('takes the year for a date line without one from a photo caption', () => {
    expect(
      dating(
        withBody(
          '',
          '<h1>Talks</h1><div class="byline">March 18 at 3:57 PM</div>' +
            '<figure><figcaption>Delegates arrive, March 17, 2017. (Reuters)</figcaption></figure><footer>© 2026</footer>',
        ),
      ),
    ).toEqual({ published: '2017-03-18', publishedFrom: 'byline, year from the caption' });
  });

  it('takes the year for a date line without one from the copyright line', () => {
    expect(dating('article-pages/netanyahu-beijing.html')).toEqual({
      published: '2017-03-18',
      publishedFrom: 'byline, year from the copyright',
    });
  });

  it('says what the page shows when no year is found anywhere, and gives no date', () => {
    expect(
      dating(withBody('', '<h1>Talks</h1><div class="byline">By Hannah Whitcombe · March 18 at 3:57 PM</div>')),
    ).toEqual({ published: null, publishedFrom: null, dateWithoutYear: 'March 18' });
  });

  it('is none when the page gives none', () => {
    expect(dating('article-pages/facebook-fine.html')).toEqual({ published: null, publishedFrom: null });
  });
});

describe('the article’s date, among the dates of other stories', () => {
  it('is the one in the headline’s article, though it stands above the headline and other stories’ dates follow', () => {
    expect(
      dating(
        withBody(
          '',
          `<header><span data-datetime="2017-03-01">Markets</span></header>
      <article><p class="kicker">World <time datetime="2017-03-18T15:57:00Z">18 March</time></p><h1>Talks</h1><p>Text.</p></article>
      <section class="more"><time datetime="2017-02-02">2 Feb</time></section>`,
        ),
      ),
    ).toEqual({ published: '2017-03-18', publishedFrom: 'time' });
  });
});

describe('the clues a page sends for its date', () => {
  it('are short: a date line, not the paragraphs of the story, and only the end of a long footer', () => {
    const story = `On 19 December 2016 the ambassador was shot dead. ${'More. '.repeat(60)}`;
    const clues = readDateClues(
      openPage(
        withBody(
          '',
          `<h1>Talks</h1><div class="date">18 March</div><div class="metadata">${story}</div>
      <footer>${'Links. '.repeat(500)}© 2017 The Ledger</footer>`,
        ),
      ),
      PLAIN,
    );
    expect(clues.lines).toEqual(['18 March']);
    expect(clues.footers[0]).toHaveLength(2000);
    expect(clues.footers[0]).toMatch(/© 2017 The Ledger$/);
  });
});
