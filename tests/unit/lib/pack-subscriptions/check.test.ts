import { describe, expect, it } from 'vitest';
import { checkSubscription } from '@/lib/pack-subscriptions';
import { miniPack } from '../../support/mini-pack';
import { endlessBody, fakePackHost } from './fake-pack-host';

const ADDRESS = 'https://packs.example.org/mini.json';
const followed = {
  address: ADDRESS,
  packId: 'mini',
  packName: 'Mini pack',
  etag: '"v1"',
  lastModified: 'Mon, 07 Dec 2026 08:00:00 GMT',
};
const packText = (version: number, change: (pack: ReturnType<typeof miniPack>) => void = () => undefined) => {
  const pack = miniPack();
  pack.version = version;
  change(pack);
  return JSON.stringify(pack);
};

describe('checking a followed address', () => {
  it('sends the validators it holds, and a 304 is no update', async () => {
    const host = fakePackHost({ body: packText(1), etag: '"v1"' });
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome).toEqual({ kind: 'unchanged', validators: { etag: '"v1"', lastModified: followed.lastModified } });
    const [request] = host.requests;
    expect(request!.headers.get('If-None-Match')).toBe('"v1"');
    expect(request!.headers.get('If-Modified-Since')).toBe(followed.lastModified);
    // Nothing of the reader travels with it, and no redirect is followed to another address.
    expect(request!.init).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'manual' });
  });

  it('takes a higher version of the same pack as an update, with its new validators', async () => {
    const host = fakePackHost({ body: packText(2), etag: '"v2"', lastModified: 'Tue, 08 Dec 2026 08:00:00 GMT' });
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome.kind).toBe('newer');
    if (outcome.kind !== 'newer') return;
    expect(outcome.pack.version).toBe(2);
    expect(outcome.validators).toEqual({ etag: '"v2"', lastModified: 'Tue, 08 Dec 2026 08:00:00 GMT' });
  });

  it('takes the same version served again as no update, and keeps its new validators', async () => {
    const host = fakePackHost({ body: packText(1), etag: '"v1-regzipped"' });
    expect(await checkSubscription(followed, 1, host.fetch)).toEqual({
      kind: 'unchanged',
      validators: { etag: '"v1-regzipped"' },
    });
  });

  it('names the line and column of a file that is not JSON', async () => {
    const host = fakePackHost({ body: '{\n  "format": "backstory-pack",\n  "id": oops\n}', etag: '"broken"' });
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome).toEqual({
      kind: 'problem',
      reason: expect.stringMatching(/not valid JSON: line 3, column 9/) as string,
    });
  });

  it('refuses a file whose Content-Length is over 50 MB before reading it', async () => {
    const { body, pulled } = endlessBody(60);
    const host = fakePackHost({ body, headers: { 'Content-Length': String(60 * 1024 * 1024) } });
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome).toEqual({ kind: 'problem', reason: 'The file is 60 MB; Backstory imports packs up to 50 MB' });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a body that grows past 50 MB without saying its size', async () => {
    const { body, pulled } = endlessBody(500);
    const outcome = await checkSubscription(followed, 1, fakePackHost({ body }).fetch);
    expect(outcome).toEqual({
      kind: 'problem',
      reason: 'The file is more than 50 MB; Backstory imports packs up to 50 MB',
    });
    expect(pulled()).toBeLessThan(55);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const outcome = await checkSubscription(
      followed,
      1,
      fakePackHost({ body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }).fetch,
    );
    expect(outcome).toEqual({ kind: 'problem', reason: 'The file is not text (UTF-8), so it cannot be a pack' });
  });

  describe('refuses a file that is not the next version of this pack, in words', () => {
    const cases: [string, string, RegExp][] = [
      [
        'another pack',
        packText(2, (pack) => {
          pack.id = 'other';
          pack.name = 'Other pack';
        }),
        /another pack, “Other pack” \(other\), not “Mini pack”/,
      ],
      ['an older version', packText(1), /version 1, older than the version 2 in your store/],
      ['a backup', JSON.stringify({ format: 'backstory-backup', formatVersion: 1 }), /^Pack refused: format/],
      [
        'a bundled pack’s id',
        packText(9, (pack) => {
          pack.id = 'starter';
        }),
        /bundled with Backstory/,
      ],
      [
        'a javascript: source link',
        packText(3, (pack) => {
          pack.entities[0]!.facts[0]!.source!.url = 'javascript:alert(1)';
        }),
        /^Pack refused: entities\.0 \(sergey-lavrov\)\.facts\.0\.source\.url/,
      ],
      [
        'a pack of a newer format',
        packText(3, (pack) => {
          Object.assign(pack, { formatVersion: 9 });
        }),
        /made by a newer Backstory/,
      ],
    ];
    for (const [what, body, reason] of cases) {
      it(what, async () => {
        const outcome = await checkSubscription(followed, 2, fakePackHost({ body }).fetch);
        expect(outcome.kind).toBe('problem');
        expect(outcome.kind === 'problem' && outcome.reason).toMatch(reason);
      });
    }
  });

  it('says a server error, a redirect and an unreachable host in words', async () => {
    const error = await checkSubscription(followed, 1, fakePackHost({ body: 'oops', status: 503 }).fetch);
    expect(error).toEqual({ kind: 'problem', reason: 'packs.example.org answered 503' });
    const moved = await checkSubscription(
      followed,
      1,
      fakePackHost({ body: null, status: 302, headers: { Location: 'https://elsewhere.example/' } }).fetch,
    );
    expect(moved).toEqual({
      kind: 'problem',
      reason: 'The address redirects elsewhere; subscribe to the address it points to instead',
    });
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await checkSubscription(followed, 1, offline)).toEqual({
      kind: 'problem',
      reason: 'packs.example.org could not be reached (offline, or the server is down)',
    });
  });
});
