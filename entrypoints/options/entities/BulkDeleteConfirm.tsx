import { useEffect, useRef } from 'preact/hooks';
import { plural } from '@/components/count-and-time-text';
import { namesText } from './bulk-scope';

interface BulkDeleteConfirmProps {
  names: readonly string[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A bulk delete names what it takes before it takes it; the safe choice has focus, so a stray Enter keeps them. */
export function BulkDeleteConfirm({ names, busy, onConfirm, onCancel }: BulkDeleteConfirmProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const what = plural(names.length, 'entity', 'entities');
  return (
    <div class="confirm bulk-confirm" role="alertdialog" aria-labelledby="bulk-delete-question">
      <p id="bulk-delete-question">
        Delete {what} with their aliases, facts, relations and notes? {namesText(names)}.
      </p>
      <div class="item-actions">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          Yes, delete {what}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
