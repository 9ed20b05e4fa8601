import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applySchedule, nextSyncAt, onSyncAlarm, SYNC_ALARM } from '@/lib/sync/service/scheduler';
import type { SyncConfig } from '@/lib/sync/service/types';

const CONFIG: SyncConfig = {
  url: 'https://cloud.example.org/dav/',
  user: 'ana',
  password: 'app-password-1',
  intervalMinutes: 30,
  deleteShareToConfirm: 0.1,
};

describe('the sync schedule', () => {
  beforeEach(() => fakeBrowser.reset());

  it('syncs every intervalMinutes on one alarm, the first one interval minutes from now', async () => {
    const before = Date.now();
    await applySchedule(CONFIG, false);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toEqual([expect.objectContaining({ name: SYNC_ALARM, periodInMinutes: 30 })]);
    expect(await nextSyncAt()).toBeGreaterThanOrEqual(before + 30 * 60_000);
  });

  it('re-creates the alarm when the interval changes and keeps its timer when it does not', async () => {
    await applySchedule(CONFIG, false);
    const first = (await fakeBrowser.alarms.get(SYNC_ALARM))!.scheduledTime;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await applySchedule(CONFIG, false);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.scheduledTime).toBe(first);
    await applySchedule({ ...CONFIG, intervalMinutes: 60 }, false);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ periodInMinutes: 60 })]);
  });

  it('has no alarm when sync is forgotten, set to 0, or waits for the reader to fix the settings', async () => {
    for (const [config, waits] of [
      [undefined, false],
      [{ ...CONFIG, intervalMinutes: 0 }, false],
      [CONFIG, true],
    ] as const) {
      await applySchedule(CONFIG, false);
      await applySchedule(config, waits);
      expect(await fakeBrowser.alarms.getAll()).toEqual([]);
      expect(await nextSyncAt()).toBeUndefined();
    }
  });

  it('runs a sync when its alarm fires and ignores other alarms', async () => {
    let runs = 0;
    onSyncAlarm(() => (runs += 1));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'something-else',
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SYNC_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 30,
      persistAcrossSessions: true,
    });
    expect(runs).toBe(1);
  });
});
