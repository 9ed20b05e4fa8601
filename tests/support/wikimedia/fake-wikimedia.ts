import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(`${FIXTURES}${path}`, 'utf8')) as Record<string, unknown>;

/** A canned answer that replaces the next requests' real ones: an error, a 429 with its Retry-After. */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Which requests it hits: all (default), the Action API's, or Wikipedia's summaries. */
  only?: 'api' | 'summary';
  /** How many requests it answers before the real answers come back; Infinity by default. */
  times?: number;
  /** Answers only after this long (a slow server), the real answer unless `status` is not 200. */
  delayMs?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  apiUserAgent?: string;
}

export interface FakeWikimedia {
  /** `http://127.0.0.1:PORT`, the Action API at `/w/api.php`. */
  wikidata: string;
  /** The REST base with `{lang}` for the edition: `http://127.0.0.1:PORT/wiki-{lang}`. */
  wikipedia: string;
  /** Every request it has answered (CORS preflights included), oldest first. */
  requests: LoggedRequest[];
  fail(fault: Fault): void;
  /** Wikidata has changed: the item answers with this JSON from now on. */
  editItem(id: string, edit: (item: Record<string, unknown>) => Record<string, unknown>): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/**
 * Wikidata's Action API (wbsearchentities, wbgetentities) and Wikipedia's REST page/summary, answered
 * from tests/fixtures/wikimedia (and the mapper's tests/fixtures/wikidata) in the APIs' documented
 * shapes, on loopback. It answers CORS as Wikimedia does for `origin=*`, so a page without host access
 * meets the same rules it would there.
 */
export async function startFakeWikimedia(): Promise<FakeWikimedia> {
  const entities: Record<string, Record<string, unknown>> = {
    ...(readJson('wikidata/person.json').entities as Record<string, Record<string, unknown>>),
    ...(readJson('wikimedia/entities.json').entities as Record<string, Record<string, unknown>>),
  };
  const searches = readJson('wikimedia/search.json') as Record<string, Record<string, unknown[]>>;
  const summaries = readJson('wikimedia/summaries.json') as Record<string, Record<string, unknown>>;
  const requests: LoggedRequest[] = [];
  let faults: Fault[] = [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      params: url.searchParams,
      apiUserAgent: header(request, 'api-user-agent'),
    });
    cors(response);
    if (request.method === 'OPTIONS') return end(response, 204, '');
    const kind =
      url.pathname === '/w/api.php'
        ? 'api'
        : url.pathname.includes('/api/rest_v1/page/summary/')
          ? 'summary'
          : undefined;
    const fault = faults.find((candidate) => !candidate.only || candidate.only === kind);
    const answer = () => {
      if (kind === 'api') return json(response, actionApi(url.searchParams, entities, searches));
      if (kind === 'summary') return summary(response, url.pathname, summaries);
      return end(response, 404, 'Not found');
    };
    if (!fault) return answer();
    fault.times = (fault.times ?? Infinity) - 1;
    if (fault.times <= 0) faults = faults.filter((candidate) => candidate !== fault);
    const reply =
      fault.status === 200 && fault.body === undefined
        ? answer
        : () =>
            end(
              response,
              fault.status,
              fault.body ?? JSON.stringify({ error: `fault ${fault.status}` }),
              fault.headers,
            );
    if (fault.delayMs)
      setTimeout(() => {
        if (!response.destroyed) reply();
      }, fault.delayMs);
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    wikidata: base,
    wikipedia: `${base}/wiki-{lang}`,
    requests,
    fail: (fault) => {
      faults.push({ ...fault });
    },
    editItem: (id, edit) => {
      entities[id] = edit(structuredClone(entities[id]!));
    },
    clearFaults: () => {
      faults = [];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function cors(response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Headers', 'Api-User-Agent, Accept');
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}

function end(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(body);
}

const json = (response: ServerResponse, body: unknown) => end(response, 200, JSON.stringify(body));

function actionApi(
  params: URLSearchParams,
  entities: Record<string, Record<string, unknown>>,
  searches: Record<string, Record<string, unknown[]>>,
): unknown {
  const action = params.get('action');
  if (action === 'wbsearchentities') {
    const search = params.get('search') ?? '';
    const hits = searches[params.get('language') ?? 'en']?.[search.toLowerCase()] ?? [];
    return { searchinfo: { search }, search: hits, success: 1 };
  }
  if (action === 'wbgetentities') {
    const ids = (params.get('ids') ?? '').split('|').filter(Boolean);
    if (ids.length > 50)
      return {
        error: { code: 'toomanyvalues', info: 'Too many values supplied for parameter "ids". The limit is 50.' },
      };
    const props = (params.get('props') ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|');
    const languages = params.get('languages')?.split('|');
    return {
      entities: Object.fromEntries(ids.map((id) => [id, entityAnswer(id, entities[id], props, languages)])),
      success: 1,
    };
  }
  return { error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${action}.` } };
}

/** An entity as wbgetentities gives it: only the props asked for, terms only in the languages asked for. */
function entityAnswer(id: string, entity: Record<string, unknown> | undefined, props: string[], languages?: string[]) {
  if (!entity) return { id, missing: '' };
  const keep = (terms: unknown) =>
    languages && terms && typeof terms === 'object'
      ? Object.fromEntries(Object.entries(terms).filter(([lang]) => languages.includes(lang)))
      : terms;
  const answer: Record<string, unknown> = { type: entity.type, id };
  for (const prop of ['labels', 'descriptions', 'aliases']) if (props.includes(prop)) answer[prop] = keep(entity[prop]);
  for (const prop of ['claims', 'sitelinks']) if (props.includes(prop)) answer[prop] = entity[prop];
  return answer;
}

function summary(response: ServerResponse, path: string, summaries: Record<string, Record<string, unknown>>): void {
  const match = /^\/wiki-([a-z]{2,3})\/api\/rest_v1\/page\/summary\/(.+)$/.exec(path);
  const found = match ? summaries[match[1]!]?.[decodeURIComponent(match[2]!)] : undefined;
  if (found) return json(response, found);
  end(
    response,
    404,
    JSON.stringify({
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      method: 'get',
      detail: 'Page or revision not found.',
    }),
    { 'content-type': 'application/problem+json' },
  );
}
