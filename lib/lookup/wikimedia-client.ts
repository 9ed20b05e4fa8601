import { WBK } from 'wikibase-sdk';
import { HIT_TTL_MS, MISS_TTL_MS, type LookupCache } from './cache';
import type { LookupEndpoints } from './endpoints';
import { LookupError, badAnswer, cancelled, offline, rateLimited, retryAtOf, serverTrouble } from './problems';
import { readEntities, readSearchHits, readSummary, type SearchHit, type WikipediaSummary } from './answers';

export interface WikimediaClientOptions {
  endpoints: () => Promise<LookupEndpoints>;
  cache: LookupCache;
  /** Names Backstory to Wikimedia, as its API etiquette asks of every client (`Api-User-Agent`). */
  userAgent: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/** wbgetentities answers at most 50 ids a request. */
const IDS_PER_REQUEST = 50;
const ENTITY_PROPS = ['labels', 'descriptions', 'aliases', 'claims', 'sitelinks'] as const;
const SEARCH_LIMIT = '7';

/**
 * Wikidata's API and Wikipedia's REST summaries, read with manners: every answer (and every miss)
 * is cached, a 429 stops all requests until its Retry-After has passed, and every request carries
 * the caller's AbortSignal so that a reader who moves on stops it.
 */
export class WikimediaClient {
  private blockedUntil = 0;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: WikimediaClientOptions) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
  }

  /** Items whose label or alias starts like `name`, in `language`, with their descriptions. */
  async search(name: string, language: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const wbk = WBK({ instance: (await this.options.endpoints()).wikidata });
    const url = wbk.searchEntities({ search: name, language, uselang: language, limit: SEARCH_LIMIT });
    const answer = await this.cached(url, 'Wikidata', signal, (json) => readSearchHits(json).length === 0);
    return readSearchHits(answer);
  }

  /**
   * The items' JSON by id (labels, aliases, descriptions, claims, sitelinks), `languages` only.
   * `fresh` asks Wikidata again rather than the cache ("Refresh from Wikidata").
   */
  async entities(
    ids: readonly string[],
    languages: readonly string[],
    props: readonly string[] = ENTITY_PROPS,
    signal?: AbortSignal,
    fresh = false,
  ) {
    const wbk = WBK({ instance: (await this.options.endpoints()).wikidata });
    const unique = [...new Set(ids)];
    const found: Record<string, unknown> = {};
    for (let start = 0; start < unique.length; start += IDS_PER_REQUEST) {
      const chunk = unique.slice(start, start + IDS_PER_REQUEST) as `Q${number}`[];
      const url = wbk.getEntities({ ids: chunk, languages: [...languages], props: [...props] as never });
      Object.assign(found, readEntities(await this.cached(url, 'Wikidata', signal, () => false, { fresh })));
    }
    return found;
  }

  /** The article's lead from Wikipedia's REST API, or null where there is none. */
  async summary(
    language: string,
    title: string,
    signal?: AbortSignal,
    fresh = false,
  ): Promise<WikipediaSummary | null> {
    const base = (await this.options.endpoints()).wikipedia.replace('{lang}', language);
    const url = `${base}/api/rest_v1/page/summary/${encodeURIComponent(title.replaceAll(' ', '_'))}`;
    const answer = await this.cached(url, 'Wikipedia', signal, (json) => json === null, { missingIsNull: true, fresh });
    return answer === null ? null : readSummary(answer, language);
  }

  private async cached(
    url: string,
    site: string,
    signal: AbortSignal | undefined,
    isMiss: (json: unknown) => boolean,
    { missingIsNull = false, fresh = false } = {},
  ): Promise<unknown> {
    const kept = fresh ? undefined : await this.options.cache.get(url);
    if (kept) return kept.value;
    const json = await this.get(url, site, signal, missingIsNull);
    await this.options.cache.set(url, json, isMiss(json) ? MISS_TTL_MS : HIT_TTL_MS);
    return json;
  }

  private async get(
    url: string,
    site: string,
    signal: AbortSignal | undefined,
    missingIsNull: boolean,
  ): Promise<unknown> {
    if (this.now() < this.blockedUntil) throw rateLimited(site, this.blockedUntil, this.now());
    if (signal?.aborted) throw cancelled();
    let response: Response;
    try {
      response = await this.fetch(withOrigin(url), {
        signal,
        headers: { 'Api-User-Agent': this.options.userAgent, Accept: 'application/json' },
        credentials: 'omit',
      });
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      throw error instanceof LookupError ? error : offline(site);
    }
    if (response.status === 429) {
      this.blockedUntil = retryAtOf(response.headers.get('Retry-After'), this.now());
      throw rateLimited(site, this.blockedUntil, this.now());
    }
    if (response.status === 404 && missingIsNull) return null;
    if (response.status >= 500) throw serverTrouble(site, response.status);
    if (!response.ok) throw new LookupError('server', `${site} refused the request (error ${response.status}).`);
    try {
      return apiError(await response.json(), site);
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      throw error instanceof LookupError ? error : badAnswer(site);
    }
  }
}

/** Wikimedia's APIs answer cross-origin requests only when asked with `origin=*`. */
function withOrigin(url: string): string {
  if (!url.includes('/api.php?') || /[?&]origin=/.test(url)) return url;
  return `${url}&origin=*`;
}

/** The Action API reports its own errors in a 200 answer (`{error: {code, info}}`): maxlag, a bad id. */
function apiError(json: unknown, site: string): unknown {
  const error = (json as { error?: { code?: unknown; info?: unknown } } | null)?.error;
  if (!error) return json;
  if (error.code === 'maxlag') throw new LookupError('server', `${site} is busy just now. Try again in a minute.`);
  const info = typeof error.info === 'string' ? error.info.slice(0, 200) : 'an error';
  throw new LookupError('server', `${site} answered with an error: ${info}`);
}
