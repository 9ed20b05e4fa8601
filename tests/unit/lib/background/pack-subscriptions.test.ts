import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followPackSubscriptions } from '@/lib/background/pack-subscriptions';
import { ImportJobs } from '@/lib/backup';
import { SUBSCRIPTIONS_ALARM } from '@/lib/pack-subscriptions';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fakePackHost } from '../pack-subscriptions/fake-pack-host';

const ADDRESS = 'https://packs.example.org/mini.json';
const packText = (version: number) => JSON.stringify({ ...miniPack(), version });

describe('the background’s followed packs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no permissions of its own: the reader granted the host.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(() => Promise.resolve(true) as never);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('checks every followed address when the daily alarm wakes the worker, and no other alarm does', async () => {
    const host = fakePackHost({ body: packText(1), etag: '"v1"' });
    vi.stubGlobal('fetch', host.fetch);
    const db = freshDatabase();
    let writes = 0;
    const subscriptions = followPackSubscriptions(db, new ImportJobs(db), () => {
      writes += 1;
    });
    await subscriptions.subscribe((await subscriptions.preview(ADDRESS)).jobId);
    expect((await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM))?.periodInMinutes).toBe(24 * 60);
    host.serve({ body: packText(2), etag: '"v2"' });

    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'backstory-sync',
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    expect(host.requests).toHaveLength(1);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SUBSCRIPTIONS_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await vi.waitFor(async () => expect((await subscriptions.list())[0]?.version).toBe(2));
    expect((await db.packs.get('mini'))?.version).toBe(2);
    expect(writes).toBe(2);
  });
});
