import type { ComponentChildren } from 'preact';

interface SyncInputProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: ComponentChildren;
  type?: 'text' | 'url' | 'password' | 'number';
  placeholder?: string;
  min?: number;
  max?: number;
  onInput: (value: string) => void;
}

/**
 * One field of the Sync form: its label, its problem (announced with the field, and marked
 * invalid) and a hint. Nothing here is remembered by the browser's autofill.
 */
export function SyncInput({
  id,
  label,
  value,
  error,
  hint,
  type = 'text',
  placeholder,
  min,
  max,
  onInput,
}: SyncInputProps) {
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        min={min}
        max={max}
        step={type === 'number' ? 1 : undefined}
        autocomplete="off"
        spellcheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
