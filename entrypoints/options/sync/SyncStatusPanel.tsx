import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { callBackground } from '@/lib/messaging';
import type { SyncStatus } from '@/lib/sync/service-types';
import { syncErrorText } from './sync-form';
import { lastSyncText, pendingChangesText, scheduleText } from './sync-wording';
import { useMinuteClock } from './use-sync-status';

function StatusLines({ status }: { status: SyncStatus }) {
  const now = useMinuteClock();
  if (status.state === 'off') return <p>Sync is off.{status.lastError && ` ${status.lastError}`}</p>;
  return (
    <>
      <p>
        {status.state === 'syncing' ? 'Syncing now with ' : 'Syncs with '}
        <span class="name">{status.url}</span> as <span class="name">{status.user}</span>
        {status.encrypted ? ', encrypted.' : ', not encrypted.'}
      </p>
      <p>{lastSyncText(status, now)}</p>
      <p>{pendingChangesText(status.pendingChanges)}</p>
      <p>{scheduleText(status)}</p>
      {status.lastError && <p class="error">Last error: {status.lastError}</p>}
    </>
  );
}

/** Where sync stands, in a live region so a finished sync is announced, with "Sync now". */
export function SyncStatusPanel({ status, onStatus }: { status: SyncStatus; onStatus: (status: SyncStatus) => void }) {
  const [error, setError] = useState<string>();
  const [asked, setAsked] = useState(false);
  const syncing = asked || status.state === 'syncing';
  const syncNow = async () => {
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
    <section class="sync-status" aria-labelledby="sync-status-heading">
      <h3 id="sync-status-heading">Status</h3>
      <div role="status" data-testid="sync-status">
        <StatusLines status={asked ? { ...status, state: 'syncing' } : status} />
      </div>
      {status.state !== 'off' && (
        <button type="button" class="primary" disabled={syncing} onClick={() => void syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
