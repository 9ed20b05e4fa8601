import { useEffect, useRef, useState } from 'preact/hooks';

interface NoteEditorProps {
  label: string;
  initial: string;
  /** Resolves to the reason when the note was not saved; the text then stays for another try. */
  onSave: (text: string) => Promise<string | undefined>;
  onCancel: () => void;
}

/** A note being written or edited. Escape cancels the edit, not the whole card. */
export function NoteEditor({ label, initial, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const save = async () => {
    setSaving(true);
    setProblem(await onSave(text));
    setSaving(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
  return (
    <form
      class="note-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span class="field-label">{label}</span>
        <textarea
          ref={field}
          rows={3}
          dir="auto"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'backstory-note-problem' : undefined}
        />
      </label>
      {problem && (
        <p id="backstory-note-problem" class="problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={saving}>
          Save note
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
