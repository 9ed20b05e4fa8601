import { useState } from 'preact/hooks';
import { errorText } from '@/components/editor/labels';
import { callBackground } from '@/lib/messaging';
import { undoBySnapshot, useNotice, type Notice } from '../notice';
import { plural } from '../wording';

interface BulkBarProps {
  ids: string[];
  onClear: () => void;
}

async function tagAll(ids: string[], tag: string, remove: boolean): Promise<Notice> {
  const { changedIds } = await callBackground('entities/bulk-tag', { ids, tag, remove });
  const what = plural(changedIds.length, 'entity', 'entities');
  return {
    text: remove ? `Took the tag “${tag}” off ${what}.` : `Tagged ${what} “${tag}”.`,
    // The opposite call on exactly the changed ones leaves alone those that were tagged before.
    undo: changedIds.length === 0 ? undefined : async () => {
      await callBackground('entities/bulk-tag', { ids: changedIds, tag, remove: !remove });
      return remove ? `Put “${tag}” back on ${what}.` : `Took “${tag}” off ${what} again.`;
    },
  };
}

async function deleteAll(ids: string[]): Promise<Notice> {
  const { deleted, undoId } = await callBackground('entities/bulk-delete', { ids });
  return { text: `Deleted ${plural(deleted, 'entity', 'entities')}.`, undo: () => undoBySnapshot(undoId) };
}

/** What can be done to every selected entity at once; each step says what it did and can be undone. */
export function BulkBar({ ids, onClear }: BulkBarProps) {
  const { notify } = useNotice();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (step: () => Promise<Notice>, clear: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      notify(await step());
      if (clear) onClear();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="bulk-bar" role="group" aria-label="Bulk actions" aria-busy={busy}>
      <strong>{plural(ids.length, 'entity', 'entities')} selected</strong>
      <form class="bulk-tag" noValidate onSubmit={(e) => { e.preventDefault(); void run(() => tagAll(ids, tag, false), false); }}>
        <input type="text" aria-label="Tag" placeholder="Tag" list="known-tags" value={tag} autocomplete="off"
          onInput={(e) => setTag(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>Tag</button>
        <button type="button" disabled={busy} onClick={() => void run(() => tagAll(ids, tag, true), false)}>Remove tag</button>
      </form>
      <button type="button" class="danger" disabled={busy} onClick={() => void run(() => deleteAll(ids), true)}>
        Delete {plural(ids.length, 'entity', 'entities')}
      </button>
      <button type="button" class="quiet" onClick={onClear}>Clear selection</button>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
