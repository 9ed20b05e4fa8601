import { useState } from 'preact/hooks';
import { newKey, type AliasForm } from './entity-form';

interface AliasListProps {
  aliases: AliasForm[];
  onChange: (aliases: AliasForm[]) => void;
  /** Saves the entity with one more alias; resolves false when the save was refused. */
  onQuickAdd: (alias: AliasForm) => Promise<boolean>;
  /** Saves the entity without one of its aliases (a stop phrase the reader takes back). */
  onQuickRemove: (alias: AliasForm) => Promise<boolean>;
}

function AliasRow({
  alias,
  onChange,
  onRemove,
}: {
  alias: AliasForm;
  onChange: (alias: AliasForm) => void;
  onRemove: () => void;
}) {
  return (
    <li class="alias-row">
      <input
        type="text"
        aria-label="Alias"
        value={alias.text}
        autocomplete="off"
        onInput={(e) => onChange({ ...alias, text: e.currentTarget.value })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={alias.caseSensitive}
          onChange={(e) => onChange({ ...alias, caseSensitive: e.currentTarget.checked })}
        />
        match case
      </label>
      <button type="button" class="quiet" aria-label={`Remove alias ${alias.text}`} onClick={onRemove}>
        Remove
      </button>
    </li>
  );
}

/**
 * The words a card's "Not this?" wrote ("in Khartoum said"), where the name is not marked: a
 * stop phrase is no name, so it is not edited as one. Mark again takes it back at once, and the
 * mark returns on every open tab.
 */
function StopPhrases({
  phrases,
  onMarkAgain,
}: {
  phrases: AliasForm[];
  onMarkAgain: (alias: AliasForm) => Promise<boolean>;
}) {
  return (
    <fieldset class="group stop-phrases">
      <legend>Not marked in these words</legend>
      <p class="hint">A card’s “Not this?” adds the words around a wrong mark here. Mark again undoes it.</p>
      <ul class="plain">
        {phrases.map((phrase) => (
          <li key={phrase.key} class="alias-row">
            <span class="stop-phrase">“{phrase.text}”</span>
            <button
              type="button"
              aria-label={`Mark again in “${phrase.text}”`}
              onClick={() => void onMarkAgain(phrase)}
            >
              Mark again
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The names an entity also goes by. Adding one saves at once, so a reader who meets a new
 * spelling on a page types it and presses Add alias: two actions, no separate Save.
 */
export function AliasList({ aliases, onChange, onQuickAdd, onQuickRemove }: AliasListProps) {
  const [text, setText] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);

  const add = async () => {
    const saved = await onQuickAdd({ key: newKey(), text, caseSensitive });
    if (!saved) return;
    setText('');
    setCaseSensitive(false);
  };
  const replace = (index: number, alias: AliasForm) => onChange(aliases.map((a, i) => (i === index ? alias : a)));

  const hasNames = aliases.some((alias) => !alias.stop);
  const stopPhrases = aliases.filter((alias) => alias.stop);

  return (
    <>
      <fieldset class="group">
        <legend>Aliases</legend>
        {hasNames && (
          <ul class="plain">
            {aliases.map(
              (alias, i) =>
                !alias.stop && (
                  <AliasRow
                    key={alias.key}
                    alias={alias}
                    onChange={(next) => replace(i, next)}
                    onRemove={() => onChange(aliases.filter((_, j) => j !== i))}
                  />
                ),
            )}
          </ul>
        )}
        <div class="alias-row add">
          <input
            type="text"
            aria-label="Add alias"
            placeholder="New alias"
            value={text}
            autocomplete="off"
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void add();
            }}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={caseSensitive}
              onChange={(e) => setCaseSensitive(e.currentTarget.checked)}
            />
            match case
          </label>
          <button type="button" onClick={() => void add()}>
            Add alias
          </button>
        </div>
      </fieldset>
      {stopPhrases.length > 0 && <StopPhrases phrases={stopPhrases} onMarkAgain={onQuickRemove} />}
    </>
  );
}
