import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTimestamp } from '@/lib/dates';
import type { NoteRecord } from '@/lib/store';

interface NoteItemProps {
  note: NoteRecord;
  /** Resolves false when the edit was refused, so the text stays open for another try. */
  onSave: (note: NoteRecord, text: string) => Promise<boolean>;
  onDelete: (note: NoteRecord) => void;
}

function NoteEditor({
  note,
  onSave,
  onCancel,
}: {
  note: NoteRecord;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(note.text);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      class="note-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label class="field">
        <span>Note text</span>
        <textarea ref={field} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="item-actions">
        <button type="submit">Save note</button>
        <button type="button" class="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function NoteItem({ note, onSave, onDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    // The editor's buttons are gone once it closes: put a keyboard reader back on Edit.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const save = async (text: string) => {
    if (await onSave(note, text)) stopEditing();
  };

  return (
    <li class="note">
      <time class="muted" dateTime={new Date(note.createdAt).toISOString()}>
        {formatTimestamp(note.createdAt)}
      </time>
      {editing ? (
        <NoteEditor note={note} onSave={(text) => void save(text)} onCancel={stopEditing} />
      ) : (
        <>
          <p class="note-text">{note.text}</p>
          <div class="item-actions">
            <button
              ref={editButton}
              type="button"
              class="quiet"
              aria-label="Edit note"
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            <button type="button" class="quiet" aria-label="Delete note" onClick={() => onDelete(note)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
