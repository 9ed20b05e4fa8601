import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  LookupError,
  OneInFlight,
  WikimediaClient,
  findCandidates,
  lookUpItem,
  memoryCache,
  type LookupError as LookupErrorType,
} from '@/lib/lookup';
import { startFakeWikimedia, type FakeWikimedia } from '../../../support/wikimedia/fake-wikimedia';

const FARHADI = 'Q130000001';
let fake: FakeWikimedia;

beforeAll(async () => {
  fake = await startFakeWikimedia();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.clearFaults();
  fake.requests.length = 0;
});

function client(now: () => number = Date.now) {
  return new WikimediaClient({
    endpoints: async () => ({ wikidata: fake.wikidata, wikipedia: fake.wikipedia }),
    cache: memoryCache(now),
    userAgent: 'Backstory/test (browser extension)',
    now,
  });
}

async function problemOf(promise: Promise<unknown>): Promise<LookupErrorType> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LookupError);
  return error as LookupErrorType;
}

const apiRequests = () => fake.requests.filter((request) => request.path === '/w/api.php');

describe('finding candidates', () => {
  it('searches in the page’s language, then in English, and preselects a single clear match', async () => {
    const found = await findCandidates(client(), 'Leila Farhadi', 'de');
    expect(found).toMatchObject({ language: 'en', preselected: FARHADI });
    expect(found.candidates).toEqual([
      { qid: FARHADI, label: 'Leila Farhadi', description: 'Iranian-born British political scientist' },
    ]);
    expect(apiRequests().map((request) => request.params.get('language'))).toEqual(['de', 'en']);
    expect(apiRequests().every((request) => request.params.get('action') === 'wbsearchentities')).toBe(true);
  });

  it('names Backstory in an Api-User-Agent header on every request', async () => {
    await findCandidates(client(), 'Leila Farhadi', 'en');
    expect(fake.requests.map((request) => request.apiUserAgent)).toEqual(['Backstory/test (browser extension)']);
  });

  it('offers the actors an ambiguous name may mean, without the family name itself, and preselects none', async () => {
    const found = await findCandidates(client(), 'Farhadi', 'en');
    expect(found.candidates.map((candidate) => candidate.label)).toEqual(['Leila Farhadi', 'Asghar Farhadi']);
    expect(found.preselected).toBeUndefined();
  });

  it('says a name that is only a disambiguation page names several things', async () => {
    const error = await problemOf(findCandidates(client(), 'Mercury', 'en'));
    expect(error.problem).toBe('not-found');
    expect(error.message).toMatch(/only a disambiguation page.*fuller name/);
  });

  it('says when nothing is found, and asks Wikidata once for a miss it already had', async () => {
    const wikimedia = client();
    const error = await problemOf(findCandidates(wikimedia, 'Xyzzy Nobody', 'en'));
    expect(error.message).toBe('Wikidata has nothing named “Xyzzy Nobody”. Check the spelling, or add it yourself.');
    await problemOf(findCandidates(wikimedia, 'Xyzzy Nobody', 'en'));
    expect(apiRequests()).toHaveLength(1);
  });
});

describe('looking an item up', () => {
  it('reads the item in the reader’s languages, the labels its facts need, and its Wikipedia lead', async () => {
    const { entity, summary } = await lookUpItem(client(), FARHADI, ['en', 'fr']);
    expect(entity).toMatchObject({ qid: FARHADI, key: `wd:${FARHADI}`, kind: 'person', name: 'Leila Farhadi' });
    expect(entity.facts.map((fact) => [fact.text, fact.date, fact.end])).toEqual([
      ['Born.', '1979-03', undefined],
      ['Worked for International Institute for Strategic Studies.', '2019-09-01', undefined],
      ['Worked for Royal Institute of International Affairs.', '2011', '2019-06'],
    ]);
    expect(entity.facts[0]).toMatchObject({
      itemUrl: `https://www.wikidata.org/wiki/${FARHADI}#P569`,
      reference: 'https://www.chathamhouse.example/people/leila-farhadi',
    });
    expect(summary).toMatchObject({
      title: 'Leila Farhadi',
      url: 'https://en.wikipedia.org/wiki/Leila_Farhadi',
      disambiguation: false,
    });
    const [item, labels] = apiRequests();
    expect(item!.params.get('languages')).toBe('en|fr');
    expect(labels!.params.get('props')).toBe('labels');
    expect(labels!.params.get('ids')!.split('|').sort()).toEqual(['Q130000002', 'Q130000003']);
  });

  it('asks for at most 50 ids a request', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `Q${900000 + i}`);
    const found = await client().entities(ids, ['en'], ['labels']);
    expect(Object.keys(found)).toHaveLength(120);
    expect(apiRequests().map((request) => request.params.get('ids')!.split('|').length)).toEqual([50, 50, 20]);
  });

  it('falls back to Wikidata’s description where Wikipedia has no article or answers with an error', async () => {
    fake.fail({ status: 503, only: 'summary' });
    const { entity, summary } = await lookUpItem(client(), FARHADI, ['en']);
    expect(summary).toBeUndefined();
    expect(entity.summary).toBe('Iranian-born British political scientist');
  });

  it('refuses a disambiguation item as not an actor', async () => {
    const error = await problemOf(lookUpItem(client(), 'Q130000010', ['en']));
    expect(error.problem).toBe('not-an-actor');
    expect(error.message).toMatch(/disambiguation/);
  });
});

describe('manners and failures', () => {
  it('honours a 429’s Retry-After: says when to try again and sends nothing before then', async () => {
    let now = Date.parse('2026-12-07T12:00:00Z');
    const wikimedia = client(() => now);
    fake.fail({ status: 429, headers: { 'Retry-After': '120' }, times: 1 });
    const first = await problemOf(findCandidates(wikimedia, 'Leila Farhadi', 'en'));
    expect(first.problem).toBe('rate-limited');
    expect(first.message).toMatch(/^Wikidata asks Backstory to slow down: try again in 2 minutes \(at .+\)\.$/);
    expect(first.retryAt).toBe(now + 120_000);
    now += 60_000;
    const second = await problemOf(findCandidates(wikimedia, 'Leila Farhadi', 'en'));
    expect(second.message).toMatch(/try again in 60 seconds/);
    expect(apiRequests()).toHaveLength(1);
    now += 61_000;
    await expect(findCandidates(wikimedia, 'Leila Farhadi', 'en')).resolves.toMatchObject({ preselected: FARHADI });
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    fake.fail({ status: 429, headers: { 'Retry-After': 'Mon, 07 Dec 2026 12:05:00 GMT' }, times: 1 });
    const error = await problemOf(
      findCandidates(
        client(() => now),
        'Leila Farhadi',
        'en',
      ),
    );
    expect(error.retryAt).toBe(Date.parse('2026-12-07T12:05:00Z'));
    expect(error.message).toMatch(/try again in 5 minutes/);
  });

  it('says when Wikidata is having trouble (5xx), and keeps no answer of it', async () => {
    const wikimedia = client();
    fake.fail({ status: 502, times: 1 });
    const error = await problemOf(findCandidates(wikimedia, 'Leila Farhadi', 'en'));
    expect(error).toMatchObject({
      problem: 'server',
      message: 'Wikidata is having trouble (error 502). Try again in a few minutes.',
    });
    await expect(findCandidates(wikimedia, 'Leila Farhadi', 'en')).resolves.toMatchObject({ preselected: FARHADI });
  });

  it('says the reader seems offline when the server cannot be reached', async () => {
    const offline = new WikimediaClient({
      endpoints: async () => ({ wikidata: 'http://127.0.0.1:9', wikipedia: 'http://127.0.0.1:9/wiki-{lang}' }),
      cache: memoryCache(),
      userAgent: 'Backstory/test',
    });
    const error = await problemOf(findCandidates(offline, 'Leila Farhadi', 'en'));
    expect(error).toMatchObject({ problem: 'offline' });
    expect(error.message).toMatch(/could not reach Wikidata: you seem to be offline/);
  });

  it('says an unreadable answer is one, and an API error in a 200 answer what it was', async () => {
    fake.fail({ status: 200, body: '<html>maintenance</html>', times: 1 });
    expect((await problemOf(findCandidates(client(), 'Leila Farhadi', 'en'))).problem).toBe('bad-answer');
    fake.fail({
      status: 200,
      body: JSON.stringify({ error: { code: 'maxlag', info: 'Waiting for a database server' } }),
      times: 1,
    });
    expect((await problemOf(findCandidates(client(), 'Leila Farhadi', 'en'))).message).toBe(
      'Wikidata is busy just now. Try again in a minute.',
    );
  });

  it('aborts the look-up in flight when the reader starts another', async () => {
    fake.fail({ status: 200, delayMs: 5_000, times: 1 });
    const flight = new OneInFlight();
    const wikimedia = client();
    const first = flight.run((signal) => findCandidates(wikimedia, 'Farhadi', 'en', signal));
    await expect.poll(() => fake.requests.length).toBe(1);
    const second = flight.run((signal) => findCandidates(wikimedia, 'Leila Farhadi', 'en', signal));
    expect((await problemOf(first)).problem).toBe('cancelled');
    await expect(second).resolves.toMatchObject({ preselected: FARHADI });
  });

  it('stops a request when the reader moves on', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await problemOf(findCandidates(client(), 'Leila Farhadi', 'en', controller.signal));
    expect(error.problem).toBe('cancelled');
    expect(fake.requests).toHaveLength(0);
  });
});
