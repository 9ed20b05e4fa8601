import { describe, expect, it } from 'vitest';
import { captureQuery, captureRequest, MAX_FACT_CHARS, readCaptureQuery } from '@/lib/capture';
import type { ArticleInfo } from '@/lib/messaging';

const ARTICLE: ArticleInfo = {
  url: 'https://ledger.example/2017/01/04/moscow-tehran',
  title: 'After Aleppo, the Moscow–Tehran partnership shows its seams',
  published: '2017-01-04',
  publishedFrom: 'article:published_time',
};

describe('the capture page address', () => {
  it('carries the selection, the article and the tab to the form unchanged', () => {
    const request = captureRequest('fact', 'Lavrov hosted the session & made little effort to hide it.', ARTICLE, 7);
    expect(readCaptureQuery(`?${captureQuery(request)}`)).toEqual({
      mode: 'fact',
      text: 'Lavrov hosted the session & made little effort to hide it.',
      cut: false,
      url: ARTICLE.url,
      title: ARTICLE.title,
      published: '2017-01-04',
      tabId: 7,
    });
  });

  it('says the selection was cut when the background had to cut it', () => {
    const request = captureRequest('fact', 'x '.repeat(500_000), ARTICLE, 7);
    expect(request.text.length).toBeLessThanOrEqual(MAX_FACT_CHARS);
    expect(readCaptureQuery(captureQuery(request)).cut).toBe(true);
  });

  it('refuses what a hand-made address slips in: a huge text, a bad date, a bad tab id, an unknown mode', () => {
    const query = new URLSearchParams({
      mode: 'script',
      text: 'A'.repeat(1_000_000),
      published: '2017-13-45',
      tabId: '-1',
      url: 'x'.repeat(10_000),
    });
    const read = readCaptureQuery(query.toString());
    expect(read).toMatchObject({ mode: 'entity', cut: true, published: null, tabId: null, url: '', title: '' });
    expect(read.text.length).toBe(200);
  });

  it('falls back to an empty form when opened with no query at all', () => {
    expect(readCaptureQuery('')).toEqual({
      mode: 'entity',
      text: '',
      cut: false,
      url: '',
      title: '',
      published: null,
      tabId: null,
    });
  });
});
