import { useRef, useState } from 'preact/hooks';
import type { NoteRecord } from '@/lib/store';
import { CardNote, type NoteActions } from './CardNote';
import { noteProblem } from './note-check';
import { NoteEditor } from './NoteEditor';

interface CardNotesProps {
  entityId: string;
  /** Newest first. */
  notes: NoteRecord[];
  actions: NoteActions;
}

/** The reader's own notes on the entity, written, edited and deleted without leaving the page. */
export function CardNotes({ entityId, notes, actions }: CardNotesProps) {
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const check = (text: string) => noteProblem(entityId, text);
  const focusAdd = () => requestAnimationFrame(() => addButton.current?.focus());
  const stopAdding = () => {
    setAdding(false);
    focusAdd();
  };
  const add = async (text: string) => {
    const refused = check(text) ?? (await actions.save({ text }));
    if (!refused) {
      stopAdding();
      setStatus('Note saved.');
    }
    return refused;
  };
  return (
    <section class="notes" aria-labelledby="backstory-notes">
      <h3 id="backstory-notes">Your notes</h3>
      {adding ? (
        <NoteEditor label="New note" initial="" onSave={add} onCancel={stopAdding} />
      ) : (
        <button
          ref={addButton}
          type="button"
          class="add-note"
          onClick={() => {
            setStatus('');
            setAdding(true);
          }}
        >
          Add a note
        </button>
      )}
      <p class="status" role="status">
        {status}
      </p>
      {notes.length > 0 ? (
        <ul>
          {notes.map((note) => (
            <CardNote
              key={note.id}
              note={note}
              actions={actions}
              check={check}
              onDone={setStatus}
              onDeleted={focusAdd}
            />
          ))}
        </ul>
      ) : (
        !adding && <p class="empty">No notes yet.</p>
      )}
    </section>
  );
}
