import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { KindLabel } from '@/components/editor/KindLabel';
import { useEntitySearch } from '@/components/editor/entity-search';
import { LiveStatus } from '@/components/live/LiveStatus';

const LIMIT = 20;

/** How many results a finished search has, said once it has settled on the query typed. */
function resultCount(count: number): string {
  if (count === 0) return 'Nothing in your store matches.';
  if (count >= LIMIT) return `The first ${LIMIT} matches.`;
  return count === 1 ? '1 match.' : `${count} matches.`;
}

interface SearchPanelProps {
  storeVersion: number;
  onOpen: (entityId: string) => void;
  onNew: () => void;
}

export function SearchPanel({ storeVersion, onOpen, onNew }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const search = useEntitySearch(query, LIMIT, storeVersion);
  const { results, error } = search;
  const settled = query.trim() !== '' && search.query === query.trim() && !error;

  return (
    <section aria-labelledby="search-heading">
      <div class="section-head">
        <h2 id="search-heading">Search</h2>
        <button type="button" class="quiet" onClick={onNew}>
          New entity
        </button>
      </div>
      <label class="field">
        <span>Search your store</span>
        <input
          type="search"
          value={query}
          placeholder="A name or an alias"
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      <ErrorMessage error={error} />
      <LiveStatus class="muted" text={settled ? resultCount(results.length) : undefined} />
      {results.length > 0 && (
        <ul class="rows" aria-label="Search results">
          {results.map((r) => (
            <li key={r.id} class="row">
              <button type="button" class="row-main" data-result-id={r.id} onClick={() => onOpen(r.id)}>
                <span class="name">{r.name}</span>
                <KindLabel kind={r.kind} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
