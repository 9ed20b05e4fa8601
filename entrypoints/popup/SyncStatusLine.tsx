import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import { onSyncRecordChanged, type SyncStatus } from '@/lib/sync';
import { compactSyncText } from '@/components/sync/status-text';

/**
 * One line on sync, only once the reader has set it up: when it last ran, what waits to be
 * sent, the last failure in words; the link opens the editor's Sync section.
 */
export function SyncStatusLine() {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    const ask = () =>
      void askBackground('sync/status', {}).then((result) => {
        if (result.ok) setStatus(result.value);
      });
    ask();
    return onSyncRecordChanged(ask);
  }, []);
  if (!status || (status.state === 'off' && !status.lastError)) return null;
  return (
    <div class="sync-line" data-testid="sync-line">
      <a href="/options.html#sync" target="_blank" rel="noopener">
        Sync
      </a>
      {status.state === 'off' ? ': off' : `: ${compactSyncText(status, Date.now())}`}
      {status.lastError && <p class="sync-error">Last error: {status.lastError}</p>}
    </div>
  );
}
