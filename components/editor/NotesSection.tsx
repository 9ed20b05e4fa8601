import { useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import type { NoteRecord } from '@/lib/store';
import { ErrorMessage } from './ErrorMessage';
import { errorText } from './error-text';
import { NoteItem } from './NoteItem';

interface NotesSectionProps {
  entityId: string;
  /** Newest first, as the background lists them. */
  initialNotes: NoteRecord[];
}

/** A reader's own notes on one entity, saved one by one apart from the entity form. */
export function NotesSection({ entityId, initialNotes }: NotesSectionProps) {
  const [notes, setNotes] = useState(initialNotes);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const write = async (draft: { id?: string; text: string }): Promise<NoteRecord | undefined> => {
    setError(undefined);
    const result = await askBackground('note/save', { ...draft, entityId });
    if (result.ok) return result.value;
    setError(errorText(result.error));
    return undefined;
  };
  const add = async () => {
    const note = await write({ text });
    if (!note) return;
    setNotes((current) => [note, ...current]);
    setText('');
  };
  const edit = async (note: NoteRecord, newText: string) => {
    const saved = await write({ id: note.id, text: newText });
    if (saved) setNotes((current) => current.map((n) => (n.id === saved.id ? saved : n)));
    return saved !== undefined;
  };
  const remove = async (note: NoteRecord) => {
    setError(undefined);
    const result = await askBackground('note/delete', { id: note.id });
    if (!result.ok) return setError(errorText(result.error));
    setNotes((current) => current.filter((n) => n.id !== note.id));
  };

  return (
    <section class="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label class="field">
          <span>New note</span>
          <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit">Add note</button>
      </form>
      <ErrorMessage error={error} />
      {notes.length === 0 ? (
        <p class="muted">No notes yet.</p>
      ) : (
        <ul class="plain">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} onSave={edit} onDelete={(n) => void remove(n)} />
          ))}
        </ul>
      )}
    </section>
  );
}
