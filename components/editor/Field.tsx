import { useUniqueId } from '@/components/ids/unique-id';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  /** A date field is narrow and hints at the partial dates the store accepts. */
  date?: boolean;
  multiline?: boolean;
  inputMode?: 'url' | 'text';
}

const DATE_HINT = 'YYYY-MM-DD';
const DATE_TITLE = 'A year (2016), a month (2016-12) or a day (2016-12-22)';

/*
 * Labels are tied to their control by id rather than wrapped around it: a wrapping label's
 * text takes in a select's option texts, and the label text is the control's name for
 * readers and for tests.
 */

export function TextField({ label, value, onInput, placeholder, date, multiline, inputMode }: TextFieldProps) {
  const id = useUniqueId('field');
  const hint = placeholder ?? (date ? DATE_HINT : undefined);
  return (
    <div class={date ? 'field date' : 'field'}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} rows={3} placeholder={hint} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          placeholder={hint}
          title={date ? DATE_TITLE : undefined}
          inputMode={inputMode}
          autocomplete="off"
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ label, value, options, onChange }: SelectFieldProps<T>) {
  const id = useUniqueId('field');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
