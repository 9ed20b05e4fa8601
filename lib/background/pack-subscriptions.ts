import { browser } from 'wxt/browser';
import type { ImportJobs } from '@/lib/backup';
import { onChecksAlarm, PackSubscriptions, scheduleChecks } from '@/lib/pack-subscriptions';
import type { BackstoryDatabase } from '@/lib/store';

/**
 * The followed pack addresses, checked at the daily alarm. The alarm's listener is registered
 * here synchronously, at the worker's start, so that the alarm that woke the worker is heard.
 */
export function followPackSubscriptions(
  db: BackstoryDatabase,
  jobs: ImportJobs,
  afterWrite: () => void,
): PackSubscriptions {
  const subscriptions = new PackSubscriptions({
    db,
    jobs,
    afterWrite,
    hasAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    listChanged: scheduleChecks,
  });
  onChecksAlarm(() => void subscriptions.checkAll());
  void subscriptions.list().then((followed) => scheduleChecks(followed.length));
  return subscriptions;
}
