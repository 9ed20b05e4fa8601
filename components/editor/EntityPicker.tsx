import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntitySummary } from '@/lib/store';
import { KindLabel } from './KindLabel';
import { useEntitySearch } from './entity-search';

interface EntityPickerProps {
  /** The entity being edited: it cannot be related to itself. */
  selfId: string | undefined;
  target: EntitySummary | undefined;
  onChoose: (target: EntitySummary) => void;
}

/** Chooses a relation's other end by searching names, the way the popup's search does. */
export function EntityPicker({ selfId, target, onChoose }: EntityPickerProps) {
  const [choosing, setChoosing] = useState(!target);
  const [query, setQuery] = useState('');
  const { results } = useEntitySearch(query, 8);
  const changeButton = useRef<HTMLButtonElement>(null);
  // The chosen result's button disappears with the list: keep a keyboard reader's place.
  const refocus = useRef(false);
  useEffect(() => {
    if (choosing || !refocus.current) return;
    refocus.current = false;
    changeButton.current?.focus();
  }, [choosing]);

  if (target && !choosing) {
    return (
      <div class="target">
        <span class="target-label">Target</span>
        <span class="name">{target.name}</span>
        <KindLabel kind={target.kind} />
        <button
          ref={changeButton}
          type="button"
          class="quiet"
          aria-label={`Change target ${target.name}`}
          onClick={() => setChoosing(true)}
        >
          Change
        </button>
      </div>
    );
  }
  const choose = (entity: EntitySummary) => {
    onChoose(entity);
    refocus.current = true;
    setChoosing(false);
    setQuery('');
  };
  return (
    <div class="picker">
      <label class="field">
        <span>Find target</span>
        <input
          type="search"
          value={query}
          placeholder="Search by name"
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter here would otherwise submit, and so save, the whole entity form.
            if (e.key === 'Enter') e.preventDefault();
            if (e.key === 'Escape' && target) setChoosing(false);
          }}
        />
      </label>
      {results.length > 0 && (
        <ul class="plain picks" aria-label="Matching entities">
          {results
            .filter((r) => r.id !== selfId)
            .map((r) => (
              <li key={r.id}>
                <button type="button" class="pick" onClick={() => choose(r)}>
                  <span class="name">{r.name}</span>
                  <KindLabel kind={r.kind} />
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
