import { useUniqueId } from '@/components/ids/unique-id';
import { KIND_LABELS } from '@/components/record-labels';
import type { Settings, SettingsChanges } from '@/lib/settings';
import { ENTITY_KINDS } from '@/lib/store';
import type { SettingsState } from './settings-state';

type Write = SettingsState['write'];

function Choice<T extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const name = useUniqueId('choice');
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="check">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function Delay({
  label,
  value,
  max,
  onCommit,
}: {
  label: string;
  value: number;
  max: number;
  onCommit: (ms: number) => void;
}) {
  const id = useUniqueId('setting');
  return (
    <div class="field delay">
      <label for={id}>{label}</label>
      {/* Written when the reader leaves the field (change), not at each digit typed. */}
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        step={50}
        value={value}
        onChange={(e) => onCommit(e.currentTarget.valueAsNumber)}
      />
    </div>
  );
}

function KindsShown({ settings, write }: { settings: Settings; write: Write }) {
  const toggle = (kind: (typeof ENTITY_KINDS)[number], on: boolean) =>
    write({ kindsShown: ENTITY_KINDS.filter((k) => (k === kind ? on : settings.kindsShown.includes(k))) });
  return (
    <fieldset class="group">
      <legend>Kinds marked</legend>
      {ENTITY_KINDS.map((kind) => (
        <label key={kind} class="check">
          <input
            type="checkbox"
            checked={settings.kindsShown.includes(kind)}
            onChange={(e) => void toggle(kind, e.currentTarget.checked)}
          />
          {KIND_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}

/** How pages are marked and how cards open: each change is written at once and reaches open tabs live. */
export function MarkingSettings({ settings, write }: { settings: Settings; write: Write }) {
  const set = (changes: SettingsChanges, what?: string) => void write(changes, what);
  return (
    <section aria-labelledby="marking-heading">
      <h3 id="marking-heading">Marking</h3>
      <KindsShown settings={settings} write={write} />
      <Choice
        legend="Mentions marked"
        value={settings.firstMentionOnly}
        onChange={(firstMentionOnly) => set({ firstMentionOnly })}
        options={[
          { value: 'off', label: 'Every mention' },
          { value: 'page', label: 'Only the first mention of each on a page' },
          { value: 'section', label: 'Only the first mention of each in a section' },
        ]}
      />
      <Choice
        legend="Highlight style"
        value={settings.highlightStyle}
        onChange={(highlightStyle) => set({ highlightStyle })}
        options={[
          { value: 'background', label: 'Background colour' },
          { value: 'underline', label: 'Underline' },
        ]}
      />
      <fieldset class="group">
        <legend>Cards on hover</legend>
        <div class="inline-fields">
          <Delay
            label="Open after (ms)"
            value={settings.hoverOpenDelayMs}
            max={3000}
            onCommit={(hoverOpenDelayMs) => set({ hoverOpenDelayMs }, 'Open after')}
          />
          <Delay
            label="Close after (ms)"
            value={settings.hoverCloseDelayMs}
            max={5000}
            onCommit={(hoverCloseDelayMs) => set({ hoverCloseDelayMs }, 'Close after')}
          />
        </div>
      </fieldset>
    </section>
  );
}
