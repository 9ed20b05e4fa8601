import { useEffect, useRef, useState } from 'preact/hooks';
import {
  aliasFromSelection,
  entityDraftFromCapture,
  nameFromSelection,
  type CaptureRequest,
  type EntityCaptureForm,
} from '@/lib/capture';
import { askBackground } from '@/lib/messaging';
import { ENTITY_KINDS } from '@/lib/store';
import { SelectField, TextField } from '@/components/editor/Field';
import { errorText } from '@/components/editor/error-text';
import { KIND_LABELS } from '@/components/record-labels';
import { SaveFooter } from './SaveFooter';
import { useSaveState } from './save-state';

const KIND_OPTIONS = ENTITY_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** "Add as actor or event": a name from the selection, a kind and a summary. */
export function EntityCapture({ request }: { request: CaptureRequest }) {
  const [form, setForm] = useState<EntityCaptureForm>(() => ({
    name: nameFromSelection(request.text),
    kind: 'person',
    summary: '',
    selection: request.text,
  }));
  const state = useSaveState(errorText, 'Added. It is now marked on open pages.');
  const set = (changes: Partial<EntityCaptureForm>) => setForm({ ...form, ...changes });
  const alias = aliasFromSelection(form.selection, form.name);
  const formRef = useRef<HTMLFormElement>(null);
  // The window opens for this one form: a keyboard reader starts in its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={state.busy}
      onSubmit={(e) => {
        e.preventDefault();
        void state.save(() => askBackground('entity/save', entityDraftFromCapture(form)));
      }}
    >
      <TextField label="Name" value={form.name} onInput={(name) => set({ name })} />
      <SelectField label="Kind" value={form.kind} options={KIND_OPTIONS} onChange={(kind) => set({ kind })} />
      <TextField label="Summary" value={form.summary} multiline onInput={(summary) => set({ summary })} />
      {alias && <p class="quote">“{alias}”, as the page put it, will be marked too.</p>}
      <SaveFooter state={state} />
    </form>
  );
}
