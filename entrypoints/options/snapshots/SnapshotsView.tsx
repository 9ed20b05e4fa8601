import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { countsText, sizeText } from '../store-size-text';
import { whenText } from '@/components/count-and-time-text';
import { callBackground } from '@/lib/messaging';
import { DEFAULT_SNAPSHOTS_KEPT, type SnapshotInfo } from '@/lib/backup';
import { useBackgroundAnswer } from '../background-answer';
import { undoBySnapshot, useNotice } from '../notice';
import type { StoreContents } from '../store-reads';

function SnapshotRow({ snapshot }: { snapshot: SnapshotInfo }) {
  const { notify, restored } = useNotice();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const restore = async () => {
    setError(undefined);
    try {
      const { undoId } = await callBackground('snapshots/restore', { id: snapshot.id });
      setConfirming(false);
      restored();
      notify({
        text: `Your store is back as it was ${snapshot.reason} (${whenText(snapshot.takenAt)}).`,
        undo: () => undoBySnapshot(undoId),
      });
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <li class="snapshot" data-snapshot-id={snapshot.id}>
      <div class="snapshot-line">
        <time dateTime={new Date(snapshot.takenAt).toISOString()}>{whenText(snapshot.takenAt)}</time>
        <span class="name">{snapshot.reason}</span>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            Restore
          </button>
        )}
      </div>
      <p class="muted">
        {countsText(snapshot.counts)} · {sizeText(snapshot.size)}
      </p>
      {confirming && (
        <div class="confirm" role="group" aria-label="Confirm restore">
          <p>
            Put the whole store and the settings back as they were {snapshot.reason}? What changed since can be brought
            back with Undo.
          </p>
          <div class="item-actions">
            <button type="button" class="primary" onClick={() => void restore()}>
              Yes, restore
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}

/** The store as it was before each recent step that destroyed something, newest first. */
export function SnapshotsView({ contents }: { contents: StoreContents }) {
  const { value: snapshots, error } = useBackgroundAnswer('snapshots/list', {}, contents.version);
  return (
    <div class="snapshots-view">
      <h2>Snapshots</h2>
      <p class="muted">
        Backstory keeps the store as it was before each step that deletes, merges, removes, imports or restores: the
        last {DEFAULT_SNAPSHOTS_KEPT}.
      </p>
      <ErrorMessage error={error} />
      {snapshots?.length === 0 && <p class="muted">No snapshot yet.</p>}
      {snapshots && snapshots.length > 0 && (
        <ul class="plain" aria-label="Snapshots">
          {snapshots.map((s) => (
            <SnapshotRow key={s.id} snapshot={s} />
          ))}
        </ul>
      )}
    </div>
  );
}
