import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '@/components/editor/error-text';
import { plural } from '@/components/count-and-time-text';
import { callBackground } from '@/lib/messaging';
import type { EntityRecord } from '@/lib/store';
import { undoBySnapshot, useNotice, type Notice } from '../notice';
import { BulkDeleteConfirm } from './BulkDeleteConfirm';
import { HiddenTicked } from './HiddenTicked';

interface BulkBarProps {
  /** Ticked and in the list: what every action here acts on. */
  entities: readonly EntityRecord[];
  /** Ticked but hidden by the search or filters: shown, never acted on. */
  hidden: readonly EntityRecord[];
  onUntick: (ids: string[]) => void;
  /** After a delete of these ids: the bar is gone, so focus needs a place to go. */
  onDeleted: (ids: string[]) => void;
}

async function tagAll(ids: string[], tag: string, remove: boolean): Promise<Notice> {
  const { changedIds } = await callBackground('entities/bulk-tag', { ids, tag, remove });
  const what = plural(changedIds.length, 'entity', 'entities');
  return {
    text: remove ? `Took the tag “${tag}” off ${what}.` : `Tagged ${what} “${tag}”.`,
    // The opposite call on exactly the changed ones leaves alone those that were tagged before.
    undo:
      changedIds.length === 0
        ? undefined
        : async () => {
            await callBackground('entities/bulk-tag', { ids: changedIds, tag, remove: !remove });
            return remove ? `Put “${tag}” back on ${what}.` : `Took “${tag}” off ${what} again.`;
          },
  };
}

async function deleteAll(ids: string[]): Promise<Notice> {
  const { deleted, undoId } = await callBackground('entities/bulk-delete', { ids });
  return { text: `Deleted ${plural(deleted, 'entity', 'entities')}.`, undo: () => undoBySnapshot(undoId) };
}

/** What can be done to every ticked entity in the list at once; each step says what it did and can be undone. */
export function BulkBar({ entities, hidden, onUntick, onDeleted }: BulkBarProps) {
  const { notify } = useNotice();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const ids = entities.map((entity) => entity.id);
  const none = ids.length === 0;
  // A button disabled while it holds focus drops it to <body>: the control pressed gets it back.
  const pressed = useRef<HTMLElement>();
  useEffect(() => {
    if (busy || !pressed.current) return;
    if (pressed.current.isConnected) pressed.current.focus();
    pressed.current = undefined;
  }, [busy]);
  // Cancel takes the question away: its Delete button, back in its place, gets the focus.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const run = async (step: () => Promise<Notice>, after?: () => void) => {
    if (document.activeElement instanceof HTMLElement) pressed.current = document.activeElement;
    setBusy(true);
    setError(undefined);
    try {
      notify(await step());
      after?.();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const deleted = () => {
    setConfirming(false);
    pressed.current = undefined;
    onUntick(ids);
    onDeleted(ids);
  };
  return (
    <div class="bulk-bar" role="group" aria-label="Bulk actions" aria-busy={busy}>
      <strong>{none ? 'No ticked entity in this list' : `${plural(ids.length, 'entity', 'entities')} selected`}</strong>
      <form
        class="bulk-tag"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => tagAll(ids, tag, false));
        }}
      >
        <input
          type="text"
          aria-label="Tag"
          placeholder="Tag"
          list="known-tags"
          value={tag}
          autocomplete="off"
          onInput={(e) => setTag(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy || none}>
          Tag
        </button>
        <button type="button" disabled={busy || none} onClick={() => void run(() => tagAll(ids, tag, true))}>
          Remove tag
        </button>
      </form>
      {!confirming && (
        <button
          ref={deleteButton}
          type="button"
          class="danger"
          disabled={busy || none}
          onClick={() => setConfirming(true)}
        >
          Delete {plural(ids.length, 'entity', 'entities')}
        </button>
      )}
      <button type="button" class="quiet" onClick={() => onUntick([...ids, ...hidden.map((e) => e.id)])}>
        Clear selection
      </button>
      {confirming && (
        <BulkDeleteConfirm
          names={entities.map((entity) => entity.name)}
          busy={busy}
          onConfirm={() => void run(() => deleteAll(ids), deleted)}
          onCancel={() => setConfirming(false)}
        />
      )}
      {hidden.length > 0 && <HiddenTicked hidden={hidden} onUntick={onUntick} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
