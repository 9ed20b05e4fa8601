import { useRef, useState } from 'preact/hooks';
import { formatTimestamp } from '@/lib/dates';
import type { NoteRecord } from '@/lib/store';
import { asText } from './card-model';
import { ClampedText } from './ClampedText';
import { NoteEditor } from './NoteEditor';

export interface NoteActions {
  /** Resolves to the reason when the background refused, undefined once saved. */
  save(draft: { id?: string; text: string }): Promise<string | undefined>;
  remove(id: string): Promise<string | undefined>;
}

interface CardNoteProps {
  note: NoteRecord;
  actions: NoteActions;
  check: (text: string) => string | undefined;
  onDone: (message: string) => void;
  /** The note's own buttons leave with it, so focus needs somewhere to go. */
  onDeleted: () => void;
}

function stamp(note: NoteRecord): string {
  const created = formatTimestamp(note.createdAt);
  const edited = note.updatedAt > note.createdAt ? formatTimestamp(note.updatedAt) : created;
  return edited === created ? created : `${created}, edited ${edited}`;
}

/** One of the reader's notes: read, edit, or delete after a second click that confirms it. */
export function CardNote({ note, actions, check, onDone, onDeleted }: CardNoteProps) {
  const [mode, setMode] = useState<'read' | 'edit' | 'confirm-delete'>('read');
  const [problem, setProblem] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const backToRead = () => {
    setMode('read');
    // The buttons that had focus are gone; put a keyboard reader back on this note's Edit.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const save = async (text: string) => {
    const refused = check(text) ?? (await actions.save({ id: note.id, text }));
    if (!refused) {
      backToRead();
      onDone('Note saved.');
    }
    return refused;
  };
  const remove = async () => {
    const refused = await actions.remove(note.id);
    setProblem(refused);
    if (!refused) {
      onDone('Note deleted.');
      onDeleted();
    }
  };
  if (mode === 'edit')
    return (
      <li class="note">
        <NoteEditor label="Edit note" initial={asText(note.text)} onSave={save} onCancel={backToRead} />
      </li>
    );
  return (
    <li class="note">
      <time class="when" dateTime={new Date(note.createdAt).toISOString()}>
        {stamp(note)}
      </time>
      <ClampedText class="text" text={asText(note.text)} />
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {mode === 'confirm-delete' ? (
        <div class="actions" role="group" aria-label="Delete this note?">
          <span>Delete this note?</span>
          <button type="button" class="danger" onClick={() => void remove()}>
            Delete
          </button>
          <button type="button" class="quiet" onClick={backToRead}>
            Keep
          </button>
        </div>
      ) : (
        <div class="actions">
          <button ref={editButton} type="button" class="quiet" aria-label="Edit note" onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" class="quiet" aria-label="Delete note" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
