import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageEntity } from '@/lib/messaging';
import { useEntitySearch } from '@/components/editor/entity-search';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { KindLabel } from '@/components/editor/KindLabel';
import { usePageMentions } from '@/components/page-mentions/use-page-mentions';

interface EntityChooserProps {
  /** The tab the sentence came from: its marked entities are offered before any search. */
  tabId: number | null;
  chosen: PageEntity | undefined;
  onChoose: (entity: PageEntity | undefined) => void;
}

/** Search results shown at once; a reader who does not see theirs types more of the name. */
const SEARCH_LIMIT = 8;

/** Chooses the entity a fact is about: one of those on the page, or any found by name. */
export function EntityChooser({ tabId, chosen, onChoose }: EntityChooserProps) {
  const [query, setQuery] = useState('');
  const search = useEntitySearch(query, SEARCH_LIMIT);
  const onPage = usePageMentions(tabId, 0);
  const changeButton = useRef<HTMLButtonElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  // The button a keyboard reader pressed disappears with the list it was in: keep their place.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (chosen ? changeButton : searchBox).current?.focus();
  }, [chosen]);
  const choose = (entity: PageEntity | undefined) => {
    moved.current = true;
    setQuery('');
    onChoose(entity);
  };

  if (chosen) return <Chosen entity={chosen} buttonRef={changeButton} onChange={() => choose(undefined)} />;
  const searching = query.trim() !== '';
  // All of the page's entities, most mentioned first: the one a sentence is about may be mentioned once.
  const offered = searching ? search.results : onPage.status === 'ready' ? onPage.mentions : [];
  return (
    <div class="about">
      <label class="field">
        <span>About</span>
        <input
          ref={searchBox}
          type="search"
          value={query}
          placeholder="Search your store"
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
          // Enter here would otherwise submit, and so save, the fact before it has an entity.
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      </label>
      <ErrorMessage error={search.error} />
      <Picks label={searching ? 'Matching entities' : 'On that page'} entities={offered} onChoose={choose} />
    </div>
  );
}

function Chosen({
  entity,
  buttonRef,
  onChange,
}: {
  entity: PageEntity;
  buttonRef: { current: HTMLButtonElement | null };
  onChange: () => void;
}) {
  return (
    <div class="about">
      <span class="muted">About</span>
      <div class="chosen">
        <span class="name">{entity.name}</span>
        <KindLabel kind={entity.kind} />
        <button
          ref={buttonRef}
          type="button"
          class="quiet"
          aria-label={`Change from ${entity.name}`}
          onClick={onChange}
        >
          Change
        </button>
      </div>
    </div>
  );
}

function Picks({
  label,
  entities,
  onChoose,
}: {
  label: string;
  entities: PageEntity[];
  onChoose: (entity: PageEntity) => void;
}) {
  if (entities.length === 0) return null;
  return (
    <ul class="plain picks" aria-label={label}>
      {entities.map((entity) => (
        <li key={entity.id}>
          <button type="button" class="pick" onClick={() => onChoose(entity)}>
            <span class="name">{entity.name}</span>
            <KindLabel kind={entity.kind} />
          </button>
        </li>
      ))}
    </ul>
  );
}
