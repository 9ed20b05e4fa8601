import { browser } from 'wxt/browser';

/** Alarms wake a stopped service worker, timers do not. */
export const SUBSCRIPTIONS_ALARM = 'backstory-pack-subscriptions';
const DAY_MINUTES = 24 * 60;

/**
 * A daily alarm while any address is followed, none otherwise. An existing one is kept, since
 * re-creating it at each worker start would push the check back every time; Chrome may drop
 * alarms at a browser restart, so the background calls this at start to bring it back.
 */
export async function scheduleChecks(followed: number): Promise<void> {
  const existing = await browser.alarms.get(SUBSCRIPTIONS_ALARM);
  if (followed === 0) {
    if (existing) await browser.alarms.clear(SUBSCRIPTIONS_ALARM);
    return;
  }
  if (existing?.periodInMinutes === DAY_MINUTES) return;
  await browser.alarms.create(SUBSCRIPTIONS_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
}

/** Registered synchronously at start, so the alarm that woke the worker is not missed. */
export function onChecksAlarm(run: () => void): () => void {
  const listener = (alarm: { name: string }) => {
    if (alarm.name === SUBSCRIPTIONS_ALARM) run();
  };
  browser.alarms.onAlarm.addListener(listener);
  return () => browser.alarms.onAlarm.removeListener(listener);
}
