import { useCallback, useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import { onSyncRecordChanged, type SyncStatus } from '@/lib/sync';
import { syncErrorText } from './sync-form';

/** While a sync runs its outcome arrives with the record; this only keeps "Syncing…" honest. */
const WHILE_SYNCING_MS = 2_000;

export interface SyncStatusState {
  status?: SyncStatus;
  error?: string;
  /** Shows a status an action answered, without asking again. */
  show: (status: SyncStatus) => void;
}

/**
 * The background's sync status, followed as it changes: a scheduled sync, or one started in
 * another window, records its outcome in storage.local, which tells this page to ask again.
 */
export function useSyncStatus(): SyncStatusState {
  const [status, setStatus] = useState<SyncStatus>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => {
    void askBackground('sync/status', {}).then((result) => {
      setError(result.ok ? undefined : syncErrorText(result.error));
      if (result.ok) setStatus(result.value);
    });
  }, []);
  useEffect(() => {
    refresh();
    return onSyncRecordChanged(refresh);
  }, [refresh]);
  useEffect(() => {
    if (status?.state !== 'syncing') return undefined;
    const timer = setInterval(refresh, WHILE_SYNCING_MS);
    return () => clearInterval(timer);
  }, [status?.state, refresh]);
  return { status, error, show: setStatus };
}

/** The time now, moving every minute, so "5 minutes ago" stays true while the page is open. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
