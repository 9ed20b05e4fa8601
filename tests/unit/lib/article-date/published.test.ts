import { describe, expect, it } from 'vitest';
import { datePublished, toPartialDate, type DateClues } from '@/lib/article-date';

const clues = (some: Partial<DateClues>): DateClues => ({
  url: 'https://news.example/world/story',
  meta: [],
  jsonLd: [],
  attributes: [],
  lines: [],
  captions: [],
  footers: [],
  ...some,
});

describe('the published date, from a page’s clues', () => {
  it('is read from an ISO timestamp, and refused when it is not a date', () => {
    expect(toPartialDate('2017-01-04T08:00:00Z')).toBe('2017-01-04');
    expect(toPartialDate('2016-02-31')).toBeNull();
    expect(toPartialDate('yesterday')).toBeNull();
  });

  it('trusts the meta tags before JSON-LD, and JSON-LD before the date attributes', () => {
    const all = clues({
      meta: ['not a date', '2017-01-04T08:00:00Z'],
      jsonLd: ['{"datePublished":"2016-12-20"}'],
      attributes: [{ value: '2016-12-01', inTime: true }],
    });
    expect(datePublished(all)).toEqual({ published: '2017-01-04', publishedFrom: 'article:published_time' });
    expect(datePublished({ ...all, meta: [] })).toEqual({ published: '2016-12-20', publishedFrom: 'json-ld' });
    expect(datePublished({ ...all, meta: [], jsonLd: ['{broken'] })).toEqual({
      published: '2016-12-01',
      publishedFrom: 'time',
    });
  });

  it('reads Unix seconds and milliseconds, and dates written out, in a date attribute', () => {
    expect(datePublished(clues({ attributes: [{ value: '1437768000', inTime: false }] })).published).toBe('2015-07-24');
    expect(datePublished(clues({ attributes: [{ value: '1437768000000', inTime: false }] })).published).toBe(
      '2015-07-24',
    );
    expect(
      datePublished(
        clues({
          attributes: [
            { value: 'Friday', inTime: false },
            { value: '24 July 2015', inTime: false },
          ],
        }),
      ),
    ).toEqual({ published: '2015-07-24', publishedFrom: 'date attribute' });
  });

  it('takes the year of a copyright line that gives a range from its end', () => {
    expect(
      datePublished(clues({ lines: ['March 18 at 3:57 PM'], footers: ['Copyright 2010–2017 The Ledger'] })),
    ).toEqual({ published: '2017-03-18', publishedFrom: 'byline, year from the copyright' });
  });
});
