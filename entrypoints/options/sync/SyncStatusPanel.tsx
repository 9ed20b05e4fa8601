import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { callBackground } from '@/lib/messaging';
import type { SyncStatus } from '@/lib/sync';
import { syncErrorText } from './sync-form';
import { whenText } from '@/components/count-and-time-text';
import { lastSyncText, pendingChangesText, scheduleText } from '@/components/sync/status-text';
import { useMinuteClock } from './use-sync-status';

/**
 * The one sentence the live region announces. It changes only when a sync starts, ends or
 * fails, not with the minute clock, so a screen reader is not told "5 minutes ago" each minute.
 */
function announcement(status: SyncStatus): string {
  if (status.state === 'off') return status.lastError ? `Sync is off. ${status.lastError}` : 'Sync is off.';
  if (status.state === 'syncing') return 'Syncing now…';
  if (status.lastError) return `Last error: ${status.lastError}`;
  if (status.pending) return 'A sync waits for your answer below.';
  return status.lastSyncAt === undefined ? 'Ready to sync.' : `Synced at ${whenText(status.lastSyncAt)}.`;
}

function Details({ status }: { status: SyncStatus }) {
  const now = useMinuteClock();
  return (
    <>
      <p>
        Syncs with <span class="name">{status.url}</span> as <span class="name">{status.user}</span>
        {status.encrypted ? ', encrypted.' : ', not encrypted.'}
      </p>
      <p>{lastSyncText(status, now)}</p>
      <p>{pendingChangesText(status.pendingChanges)}</p>
      <p>{scheduleText(status)}</p>
    </>
  );
}

/** Where sync stands, in a live region so a finished sync is announced, with "Sync now". */
export function SyncStatusPanel({ status, onStatus }: { status: SyncStatus; onStatus: (status: SyncStatus) => void }) {
  const [error, setError] = useState<string>();
  const [asked, setAsked] = useState(false);
  const syncing = asked || status.state === 'syncing';
  const syncNow = async () => {
    if (syncing) return;
    setError(undefined);
    setAsked(true);
    try {
      onStatus(await callBackground('sync/now', {}));
    } catch (failure) {
      setError(syncErrorText(failure));
    } finally {
      setAsked(false);
    }
  };
  return (
    <section class="sync-status" aria-labelledby="sync-status-heading" data-testid="sync-status">
      <h3 id="sync-status-heading">Status</h3>
      {status.state !== 'off' && <Details status={status} />}
      <p role="status" class={status.lastError && !asked ? 'error' : undefined}>
        {announcement(asked ? { ...status, state: 'syncing' } : status)}
      </p>
      {status.state !== 'off' && (
        <button type="button" class="primary" aria-disabled={syncing} onClick={() => void syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
