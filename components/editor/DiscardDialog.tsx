import { useEffect, useRef } from 'preact/hooks';
import { useUniqueId } from '@/components/ids/unique-id';
import type { DiscardGuard } from './discard-guard';

/**
 * "Discard changes to X?" as a modal dialog: focus starts on Keep editing, the rest of the page
 * is out of reach until an answer, and Escape keeps editing. Keeping returns focus to the
 * control that asked (Back, Close, a row), so a keyboard reader is where they were.
 */
export function DiscardDialog({ guard }: { guard: DiscardGuard }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const asker = useRef<Element | null>(null);
  const headingId = useUniqueId('discard-heading');
  const open = guard.asking !== undefined;
  useEffect(() => {
    const box = dialog.current;
    if (!box || !open || box.open) return;
    asker.current = document.activeElement;
    box.showModal();
    keep.current?.focus();
  }, [open]);
  const answer = (discard: boolean) => {
    dialog.current?.close();
    if (discard) return guard.discard();
    guard.keepEditing();
    if (asker.current instanceof HTMLElement && asker.current.isConnected) asker.current.focus();
  };
  return (
    <dialog
      ref={dialog}
      class="discard-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        answer(false);
      }}
    >
      {open && (
        <>
          <h2 id={headingId}>Discard changes to “{guard.asking}”?</h2>
          <p>The changes you made here have not been saved.</p>
          <div class="item-actions">
            <button ref={keep} type="button" class="primary" onClick={() => answer(false)}>
              Keep editing
            </button>
            <button type="button" class="danger" onClick={() => answer(true)}>
              Discard
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
