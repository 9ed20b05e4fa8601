import * as v from 'valibot';
import type { ArticleInfo } from '@/lib/messaging/protocol';
import { PartialDateSchema } from '@/lib/store';
import { boundSelection } from './selection';

export type CaptureMode = 'entity' | 'fact';

/** What the capture page is opened with: the selection, and the page it came from. */
export interface CaptureRequest {
  mode: CaptureMode;
  /** The selection, cleaned and bounded for `mode`. */
  text: string;
  /** The selection was longer than the form keeps; the form says so. */
  cut: boolean;
  /** The page's address and title, '' when unknown. */
  url: string;
  title: string;
  published: string | null;
  /** The tab the selection was made in, so the fact form can offer that page's entities first. */
  tabId: number | null;
}

/** The store keeps a source title to 300 characters; an address longer than this is not worth citing. */
const MAX_TITLE_CHARS = 300;
const MAX_URL_CHARS = 2_048;

/** Builds the request from what the background learnt of a tab and its selection. */
export function captureRequest(
  mode: CaptureMode,
  selection: string,
  article: ArticleInfo,
  tabId: number | null,
): CaptureRequest {
  const { text, cut } = boundSelection(selection, mode);
  return {
    mode,
    text,
    cut,
    url: article.url.length <= MAX_URL_CHARS ? article.url : '',
    title: article.title.trim().slice(0, MAX_TITLE_CHARS),
    published: article.published,
    tabId,
  };
}

/** The query string of capture.html, e.g. `mode=fact&text=…&url=…`. */
export function captureQuery(request: CaptureRequest): string {
  const params = new URLSearchParams({
    mode: request.mode,
    text: request.text,
    url: request.url,
    title: request.title,
  });
  if (request.cut) params.set('cut', '1');
  if (request.published) params.set('published', request.published);
  if (request.tabId !== null) params.set('tabId', String(request.tabId));
  return params.toString();
}

/**
 * Reads capture.html's query. Anyone can open the page with any query, so every value is
 * checked and bounded again: a bad date is dropped, a huge text is cut as if selected.
 */
export function readCaptureQuery(search: string): CaptureRequest {
  const params = new URLSearchParams(search);
  const mode: CaptureMode = params.get('mode') === 'fact' ? 'fact' : 'entity';
  const bounded = boundSelection(params.get('text') ?? '', mode);
  const published = params.get('published');
  const tabId = params.get('tabId') ?? '';
  const url = params.get('url') ?? '';
  return {
    mode,
    text: bounded.text,
    cut: bounded.cut || params.get('cut') === '1',
    url: url.length <= MAX_URL_CHARS ? url : '',
    title: (params.get('title') ?? '').trim().slice(0, MAX_TITLE_CHARS),
    published: published !== null && v.is(PartialDateSchema, published) ? published : null,
    tabId: /^\d{1,10}$/.test(tabId) ? Number(tabId) : null,
  };
}
