import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { callBackground } from '@/lib/messaging';
import type { PendingSync, SyncStatus } from '@/lib/sync';
import { syncErrorText } from './sync-form';
import { moreNamesText, previewText } from '@/components/sync/status-text';

function RemovedNames({ pending }: { pending: PendingSync }) {
  if (pending.removedNames.length === 0) return null;
  const more = moreNamesText(pending);
  return (
    <>
      <p>These would go from your store:</p>
      <ul class="removed-names" aria-label="What this sync would remove">
        {pending.removedNames.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
      </ul>
      {more && <p class="muted">{more}</p>}
    </>
  );
}

/**
 * A sync that stopped to ask: the first one with a remote that already holds a store, or
 * one that would delete more than the share the reader set. Nothing changed until Apply.
 */
export function PendingPreview({ status, onStatus }: { status: SyncStatus; onStatus: (status: SyncStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const pending = status.pending!;
  const answer = async (type: 'sync/confirm' | 'sync/discard') => {
    setBusy(true);
    setError(undefined);
    try {
      onStatus(await callBackground(type, {}));
    } catch (failure) {
      setError(syncErrorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="confirm sync-pending" role="group" aria-labelledby="sync-pending-text">
      <p id="sync-pending-text" class="preview-sentence">
        {previewText(pending, status.deleteShareToConfirm)}
      </p>
      {pending.reason === 'large-delete' && <RemovedNames pending={pending} />}
      <div class="item-actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void answer('sync/confirm')}>
          Apply
        </button>
        <button type="button" disabled={busy} onClick={() => void answer('sync/discard')}>
          Not now
        </button>
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
