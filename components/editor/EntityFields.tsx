import { ENTITY_KINDS, EVENT_TYPES, type EventType } from '@/lib/store';
import type { EntityForm } from './entity-form';
import { SelectField, TextField } from './Field';
import { eventTypeLabel, KIND_LABELS } from '@/components/record-labels';

const KIND_OPTIONS = ENTITY_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
const EVENT_TYPE_OPTIONS: { value: EventType | ''; label: string }[] = [
  { value: '', label: 'Not set' },
  ...EVENT_TYPES.map((type) => ({ value: type, label: eventTypeLabel(type) })),
];

interface EntityFieldsProps {
  form: EntityForm;
  onChange: (form: EntityForm) => void;
}

/** The entity's own fields; an event also has a type and the dates it ran. */
export function EntityFields({ form, onChange }: EntityFieldsProps) {
  const set = (changes: Partial<EntityForm>) => onChange({ ...form, ...changes });
  return (
    <div class="fields">
      <TextField label="Name" value={form.name} onInput={(name) => set({ name })} />
      <SelectField label="Kind" value={form.kind} options={KIND_OPTIONS} onChange={(kind) => set({ kind })} />
      <TextField label="Summary" value={form.summary} multiline onInput={(summary) => set({ summary })} />
      {form.kind === 'event' && (
        <div class="inline-fields">
          <SelectField
            label="Event type"
            value={form.eventType}
            options={EVENT_TYPE_OPTIONS}
            onChange={(eventType) => set({ eventType })}
          />
          <TextField label="Start" value={form.start} date onInput={(start) => set({ start })} />
          <TextField label="End" value={form.end} date onInput={(end) => set({ end })} />
        </div>
      )}
    </div>
  );
}
