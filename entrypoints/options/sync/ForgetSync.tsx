import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { callBackground } from '@/lib/messaging';
import type { SyncStatus } from '@/lib/sync';
import { useNotice } from '../notice';
import { syncErrorText } from './sync-form';

/** "Stop syncing and forget credentials", after a confirmation that says what stays. */
export function ForgetSync({ onForgotten }: { onForgotten: (status: SyncStatus) => void }) {
  const { notify } = useNotice();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const forget = async () => {
    setError(undefined);
    try {
      onForgotten(await callBackground('sync/forget', {}));
      notify({ text: 'Sync stopped: the address, user, app password and passphrase are gone from this browser.' });
    } catch (failure) {
      setError(syncErrorText(failure));
    }
  };
  return (
    <section class="sync-forget" aria-label="Stop syncing">
      {!confirming && (
        <button type="button" class="danger-quiet" onClick={() => setConfirming(true)}>
          Stop syncing and forget credentials
        </button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-label="Confirm stop syncing">
          <p>
            Stop syncing and remove the address, user, app password and passphrase from this browser? Your store stays
            as it is, and so do the files on the server.
          </p>
          <div class="item-actions">
            <button type="button" class="danger" onClick={() => void forget()}>
              Yes, stop syncing
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
