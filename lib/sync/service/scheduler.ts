import { browser } from 'wxt/browser';
import type { SyncConfig } from './types';

/** Scheduled syncs ride on one alarm: alarms wake a stopped service worker, timers do not. */
export const SYNC_ALARM = 'backstory-sync';

/**
 * Makes the alarm match the configuration: every `intervalMinutes`, none when sync is off,
 * the interval is 0, or the last failure waits for the reader (no retry storm). An alarm
 * already at the right period is kept, since re-creating it at each worker start would push
 * the next sync back every time; Chrome may drop alarms at a browser restart, so the
 * background calls this at start to bring it back.
 */
export async function applySchedule(config: SyncConfig | undefined, waitsForReader: boolean): Promise<void> {
  const period = config && !waitsForReader ? config.intervalMinutes : 0;
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (period === 0) {
    if (existing) await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: period, periodInMinutes: period });
}

export async function nextSyncAt(): Promise<number | undefined> {
  return (await browser.alarms.get(SYNC_ALARM))?.scheduledTime;
}

/** Registered synchronously at start, so the alarm that woke the worker is not missed. */
export function onSyncAlarm(run: () => void): () => void {
  const listener = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) run();
  };
  browser.alarms.onAlarm.addListener(listener);
  return () => browser.alarms.onAlarm.removeListener(listener);
}
