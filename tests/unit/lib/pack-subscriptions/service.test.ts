import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportJobs } from '@/lib/backup';
import { removePack, validatePack, writePack } from '@/lib/packs';
import {
  PackSubscriptions,
  scheduleChecks,
  SUBSCRIPTIONS_ALARM,
  TEST_LOOPBACK_KEY,
  type PackSubscriptionsOptions,
} from '@/lib/pack-subscriptions';
import { getEntityDetail, saveEntity, type BackstoryDatabase } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fakePackHost, type FakePackHost } from './fake-pack-host';

const ADDRESS = 'https://packs.example.org/mini.json';
const LAVROV = 'mini:sergey-lavrov';

function packText(version: number, summary = 'Russian foreign minister since 2004.'): string {
  const pack = miniPack();
  pack.version = version;
  pack.entities[0]!.summary = summary;
  return JSON.stringify(pack);
}

let db: BackstoryDatabase;
let host: FakePackHost;
let granted: Set<string>;
let writes: number;

function service(options: Partial<PackSubscriptionsOptions> = {}): PackSubscriptions {
  return new PackSubscriptions({
    db,
    jobs: new ImportJobs(db),
    fetch: host.fetch,
    afterWrite: () => {
      writes += 1;
    },
    hasAccess: async (pattern) => granted.has(pattern),
    listChanged: scheduleChecks,
    ...options,
  });
}

async function follow(subscriptions: PackSubscriptions, address = ADDRESS) {
  const { jobId } = await subscriptions.preview(address);
  return subscriptions.subscribe(jobId);
}

/** The reader rewrites Lavrov's summary in the editor. */
async function editLavrov(summary: string): Promise<void> {
  const { entity, aliases, facts } = await getEntityDetail(db, LAVROV);
  await saveEntity(db, {
    id: entity.id,
    kind: 'person',
    name: entity.name,
    summary,
    aliases: aliases.map(({ id, text, caseSensitive }) => ({ id, text, caseSensitive })),
    facts: facts.map(({ id, text, date, sourceUrl, sourceTitle }) => ({ id, text, date, sourceUrl, sourceTitle })),
    relations: [],
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
  host = fakePackHost({ body: packText(1), etag: '"v1"' });
  granted = new Set(['https://packs.example.org/*']);
  writes = 0;
});

describe('following a pack by its address', () => {
  it('previews the pack without writing anything, then imports it and lists the address', async () => {
    const subscriptions = service();
    const found = await subscriptions.preview(ADDRESS);
    expect(found).toMatchObject({
      address: ADDRESS,
      packName: 'Mini pack',
      version: 1,
      preview: { kind: 'pack', added: expect.any(Number) as number },
    });
    expect(found.preview.byTable.entities).toMatchObject({ added: 5 });
    expect(await db.entities.count()).toBe(0);
    expect(await subscriptions.list()).toEqual([]);

    const { subscription } = await subscriptions.subscribe(found.jobId);
    expect((await getEntityDetail(db, LAVROV)).entity.name).toBe('Sergey Lavrov');
    expect(writes).toBe(1);
    expect(subscription).toMatchObject({
      address: ADDRESS,
      packId: 'mini',
      version: 1,
      etag: '"v1"',
      lastResult: { kind: 'imported', version: 1 },
    });
    expect(await subscriptions.list()).toEqual([subscription]);
    expect((await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM))?.periodInMinutes).toBe(24 * 60);
  });

  it('fetches nothing from a host the browser has not granted', async () => {
    granted.clear();
    await expect(service().preview(ADDRESS)).rejects.toThrow(
      'Backstory has no access to packs.example.org: allow it when the browser asks',
    );
    expect(host.requests).toHaveLength(0);
  });

  it('refuses http:// addresses, and takes loopback ones only when the tests ask for them', async () => {
    granted.add('http://127.0.0.1/*');
    const subscriptions = service();
    await expect(subscriptions.preview('http://packs.example.org/mini.json')).rejects.toThrow(/https:\/\/ only/);
    await expect(subscriptions.preview('http://127.0.0.1:8123/mini.json')).rejects.toThrow(/https:\/\/ only/);
    await fakeBrowser.storage.local.set({ [TEST_LOOPBACK_KEY]: true });
    await expect(subscriptions.preview('http://packs.example.org/mini.json')).rejects.toThrow(/https:\/\/ only/);
    await expect(subscriptions.preview('http://127.0.0.1:8123/mini.json')).resolves.toMatchObject({
      packName: 'Mini pack',
    });
    expect(host.requests.map((request) => request.url)).toEqual(['http://127.0.0.1:8123/mini.json']);
  });

  it('refuses a second subscription to the same address, or to the same pack elsewhere', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    await expect(subscriptions.preview(`${ADDRESS}#again`)).rejects.toThrow(/already follow this address/);
    // The same pack at a second address would update one pack from two places.
    await expect(subscriptions.preview('https://packs.example.org/mirror/mini.json')).rejects.toThrow(
      `You already follow the pack “Mini pack” at ${ADDRESS}`,
    );
  });
});

describe('checking a followed address', () => {
  it('changes nothing on a 304', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    const before = await db.entities.toArray();
    const checked = await subscriptions.check(ADDRESS);
    expect(checked.lastResult).toMatchObject({ kind: 'unchanged', version: 1 });
    expect(host.requests.at(-1)!.headers.get('If-None-Match')).toBe('"v1"');
    expect(await db.entities.toArray()).toEqual(before);
    expect(writes).toBe(1);
  });

  it('imports a new version through the same merge, leaving the reader’s edit alone', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    await editLavrov('My own summary.');
    const pack = JSON.parse(packText(2)) as ReturnType<typeof miniPack>;
    pack.entities[1]!.summary = 'A state in eastern Europe and northern Asia.';
    host.serve({ body: JSON.stringify(pack), etag: '"v2"' });

    const checked = await subscriptions.check(ADDRESS);
    expect(checked).toMatchObject({ version: 2, etag: '"v2"', lastResult: { kind: 'updated', version: 2 } });
    expect(checked.lastResult.kind === 'updated' && checked.lastResult.report.keptReaderEdits).toBeGreaterThan(0);
    expect((await getEntityDetail(db, 'mini:russia')).entity.summary).toBe(
      'A state in eastern Europe and northern Asia.',
    );
    expect((await getEntityDetail(db, LAVROV)).entity.summary).toBe('My own summary.');
    expect((await db.packs.get('mini'))?.version).toBe(2);
  });

  it('changes nothing for a broken file, says why, and tries the file again next time', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    const before = await db.entities.toArray();
    host.serve({ body: '{"format": "backstory-pack", "version": 2,', etag: '"broken"' });
    const checked = await subscriptions.check(ADDRESS);
    expect(checked.lastResult).toMatchObject({
      kind: 'problem',
      reason: expect.stringMatching(/not valid JSON: line 1/) as string,
    });
    expect(checked).toMatchObject({ version: 1, etag: '"v1"' });
    expect(await db.entities.toArray()).toEqual(before);
    // The broken file's ETag was not kept: a 304 to it would hide the fixed file forever.
    host.serve({ body: packText(2, 'Fixed.'), etag: '"v2"' });
    expect((await subscriptions.check(ADDRESS)).lastResult).toMatchObject({ kind: 'updated', version: 2 });
  });

  it('does not bring back a pack the reader removed from the store', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    await removePack(db, 'mini');
    host.serve({ body: packText(2), etag: '"v2"' });
    const checked = await subscriptions.check(ADDRESS);
    expect(checked.lastResult).toMatchObject({
      kind: 'problem',
      reason: expect.stringMatching(/You removed this pack/) as string,
    });
    expect(host.requests).toHaveLength(1);
  });

  it('fetches nothing when the reader took the host’s access back', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    granted.clear();
    const checked = await subscriptions.check(ADDRESS);
    expect(checked.lastResult).toMatchObject({
      kind: 'problem',
      reason: expect.stringMatching(/no longer has access to packs.example.org/) as string,
    });
    expect(host.requests).toHaveLength(1);
  });

  it('compares with the version in the store, which a file import may have raised', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    await writePack(db, validatePack(JSON.parse(packText(3))));
    host.serve({ body: packText(2), etag: '"v2"' });
    expect((await subscriptions.check(ADDRESS)).lastResult).toMatchObject({
      kind: 'problem',
      reason: expect.stringMatching(/older than the version 3/) as string,
    });
  });

  it('checks every address at the daily alarm, and stops when the last one is removed', async () => {
    const subscriptions = service();
    await follow(subscriptions);
    host.serve({ body: packText(2), etag: '"v2"' });
    await subscriptions.checkAll();
    expect((await subscriptions.list())[0]!.version).toBe(2);
    await subscriptions.remove(ADDRESS);
    expect(await subscriptions.list()).toEqual([]);
    expect(await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM)).toBeUndefined();
    // The pack stays: removing it is the pack list's business.
    expect((await getEntityDetail(db, LAVROV)).entity.name).toBe('Sergey Lavrov');
  });
});
