import type { ConnectionTest, PendingSync, SyncChangeCounts, SyncStatus } from '@/lib/sync';
import { plural, whenText } from '@/components/count-and-time-text';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago": how long since, as a reader says it. */
export function agoText(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${plural(Math.floor(elapsed / MINUTE), 'minute')} ago`;
  if (elapsed < DAY) return `${plural(Math.floor(elapsed / HOUR), 'hour')} ago`;
  return `${plural(Math.floor(elapsed / DAY), 'day')} ago`;
}

/** "2 added, 1 updated, 1 removed", leaving out what did not happen; "nothing changed". */
export function changesText({ added, updated, removed }: SyncChangeCounts): string {
  const parts = [
    [added, 'added'],
    [updated, 'updated'],
    [removed, 'removed'],
  ] as const;
  const happened = parts.filter(([count]) => count > 0).map(([count, what]) => `${count.toLocaleString('en')} ${what}`);
  return happened.length > 0 ? happened.join(', ') : 'nothing changed';
}

export function lastSyncText(status: SyncStatus, now: number): string {
  if (status.lastSyncAt === undefined) return 'Not synced yet.';
  const when = `Last synced ${agoText(status.lastSyncAt, now)} (${whenText(status.lastSyncAt)})`;
  const run = status.lastRun;
  if (!run) return `${when}.`;
  return `${when}: ${changesText(run.local)} here, ${plural(run.sent, 'record')} sent.`;
}

export function pendingChangesText(count: number): string {
  if (count === 0) return 'Everything written here has been sent.';
  return `${plural(count, 'change')} made here ${count === 1 ? 'waits' : 'wait'} for the next sync.`;
}

export function scheduleText(status: SyncStatus): string {
  if (status.waitsForReader)
    return 'Scheduled syncs are paused until you correct the settings below, or press Sync now.';
  if (status.intervalMinutes === 0) return 'Syncs only when you press Sync now.';
  const every = `Syncs every ${plural(status.intervalMinutes, 'minute')}`;
  return status.nextSyncAt === undefined
    ? `${every}.`
    : `${every}; next around ${new Date(status.nextSyncAt).toLocaleTimeString('en-GB', { timeStyle: 'short' })}.`;
}

/** "adds 120, updates 5, removes 3": what the waiting sync would do to this browser's store. */
function wouldText({ added, updated, removed }: SyncChangeCounts): string {
  return `adds ${added.toLocaleString('en')}, updates ${updated.toLocaleString('en')}, removes ${removed.toLocaleString('en')}`;
}

export function previewText(pending: PendingSync, deleteShare: number | undefined): string {
  if (pending.reason === 'first-sync') {
    return `First sync with a remote that already holds a store: ${wouldText(pending.changes)}.`;
  }
  const share = deleteShare === undefined ? '' : `, more than ${Math.round(deleteShare * 100)}% of your store`;
  return `This sync would remove ${plural(pending.removedTotal, 'record')} (entities, notes, facts…)${share}: ${wouldText(pending.changes)}.`;
}

/** The names listed are at most 50; the rest are counted. */
export function moreNamesText(pending: PendingSync): string | undefined {
  const more = pending.removedTotal - pending.removedNames.length;
  return more > 0 ? `and ${more.toLocaleString('en')} more` : undefined;
}

/** What "Test connection" found in the folder. */
export function remoteText(remote: NonNullable<ConnectionTest['remote']>): string {
  if (!remote.exists) return 'The folder holds no Backstory sync yet: the first sync will start one.';
  const from = `The folder holds a Backstory sync from ${plural(remote.devices, 'browser')}`;
  return remote.encrypted ? `${from}, encrypted: every browser needs the same passphrase.` : `${from}, not encrypted.`;
}

/** The popup's one line: "synced 5 minutes ago · 3 changes waiting", then any failure. */
export function compactSyncText(status: SyncStatus, now: number): string {
  const parts = [
    status.state === 'syncing'
      ? 'syncing now'
      : status.lastSyncAt === undefined
        ? 'not synced yet'
        : `synced ${agoText(status.lastSyncAt, now)}`,
  ];
  if (status.pendingChanges > 0) parts.push(`${plural(status.pendingChanges, 'change')} waiting`);
  if (status.pending) parts.push('a sync waits for your answer');
  return parts.join(' · ');
}
