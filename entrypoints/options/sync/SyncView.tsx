import { ErrorMessage } from '@/components/editor/ErrorMessage';
import type { SyncStatus } from '@/lib/sync';
import { useNotice } from '../notice';
import { ForgetSync } from './ForgetSync';
import { PendingPreview } from './PendingPreview';
import { SyncForm } from './SyncForm';
import { SyncStatusPanel } from './SyncStatusPanel';
import { scheduleText } from '@/components/sync/status-text';
import { useSyncStatus } from './use-sync-status';

/** The editor's Sync section: where sync stands, what waits for an answer, the settings. */
export function SyncView() {
  const { status, error, show } = useSyncStatus();
  const { notify } = useNotice();
  const saved = (next: SyncStatus) => {
    show(next);
    notify({ text: `Sync settings saved. ${scheduleText(next)}` });
  };
  return (
    <div class="sync-view">
      <h2>Sync</h2>
      <p class="muted">
        Keep the same store in every browser you use, through a WebDAV folder you already have (Nextcloud, ownCloud or
        any WebDAV server). Backstory asks for access to that server only, when you save or test its address.
      </p>
      <ErrorMessage error={error} />
      {status && (
        <>
          <SyncStatusPanel status={status} onStatus={show} />
          {status.pending && <PendingPreview status={status} onStatus={show} />}
          <SyncForm status={status} onSaved={saved} />
          {(status.state !== 'off' || status.lastError) && <ForgetSync onForgotten={show} />}
        </>
      )}
    </div>
  );
}
