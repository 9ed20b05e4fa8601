import { describe, expect, it } from 'vitest';
import { checkSubscription } from '@/lib/pack-subscriptions';
import { miniPack } from '../../support/mini-pack';
import { fakePackHost } from './fake-pack-host';

const FOLDER = 'https://packs.example.org/wikidata/';
const PARTS = ['mini.part-1.json', 'mini.part-2.json'];
const followed = { address: `${FOLDER}${PARTS[0]}`, packId: 'mini', packName: 'Mini pack' };

/** The mini pack as a set of two files; Lavrov (part 1) is a member of Russia (part 2). */
function part(index: 1 | 2, { version = 2, parts = PARTS } = {}): string {
  const { formatVersion: _format, entities, ...head } = miniPack();
  const share = index === 1 ? entities.slice(0, 1) : entities.slice(1);
  return JSON.stringify({ ...head, formatVersion: 3, version, part: index, parts, entities: share });
}

describe('following a pack in several files', () => {
  it('fetches the other parts from beside the followed one and checks them joined', async () => {
    const host = fakePackHost({ body: part(1), etag: '"p1"' });
    host.serve({ body: part(2) }, `${FOLDER}${PARTS[1]}`);
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome.kind).toBe('newer');
    expect(outcome.kind === 'newer' && outcome.pack.entities.map((entity) => entity.id)).toEqual(
      miniPack().entities.map((entity) => entity.id),
    );
    expect(outcome.kind === 'newer' && outcome.validators).toEqual({ etag: '"p1"' });
    expect(host.requests.map((request) => request.url)).toEqual([followed.address, `${FOLDER}${PARTS[1]}`]);
  });

  it('asks for nothing more when the followed part has not changed', async () => {
    const host = fakePackHost({ body: part(1), etag: '"p1"' });
    expect((await checkSubscription({ ...followed, etag: '"p1"' }, 2, host.fetch)).kind).toBe('unchanged');
    expect(host.requests).toHaveLength(1);
  });

  it('changes nothing when a part is missing, and names it', async () => {
    const host = fakePackHost({ body: part(1) });
    host.serve({ body: 'Not found', status: 404 }, `${FOLDER}${PARTS[1]}`);
    expect(await checkSubscription(followed, 1, host.fetch)).toEqual({
      kind: 'problem',
      reason: '“mini.part-2.json”, a part of this pack beside the followed file: packs.example.org answered 404',
    });
  });

  it('changes nothing when a part is of another version of the set', async () => {
    const host = fakePackHost({ body: part(1) });
    host.serve({ body: part(2, { version: 3 }) }, `${FOLDER}${PARTS[1]}`);
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome.kind === 'problem' && outcome.reason).toMatch(
      /“mini.part-2.json” is a part of another pack \(mini v3\)/,
    );
  });

  it('fetches nothing outside the followed folder: a part named with a path is refused', async () => {
    const parts = ['mini.part-1.json', '../../elsewhere/mini.part-2.json'];
    const host = fakePackHost({ body: part(1, { parts }) });
    const outcome = await checkSubscription(followed, 1, host.fetch);
    expect(outcome.kind === 'problem' && outcome.reason).toMatch(/parts\.1 must be a file name/);
    expect(host.requests).toHaveLength(1);
  });
});
