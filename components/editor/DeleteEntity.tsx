import { useEffect, useRef, useState } from 'preact/hooks';

interface DeleteEntityProps {
  name: string;
  onDelete: () => void;
}

/** Deleting takes the aliases, facts, relations and notes with it, so it asks first. */
export function DeleteEntity({ name, onDelete }: DeleteEntityProps) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The safe choice gets focus, so a second Enter does not delete; cancelling returns to Delete.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={start} type="button" class="danger-quiet" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-delete-text">
      <p id="confirm-delete-text">Delete “{name}” with its aliases, facts, relations and notes?</p>
      <div class="item-actions">
        <button type="button" class="danger" onClick={onDelete}>
          Yes, delete
        </button>
        <button ref={cancel} type="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
