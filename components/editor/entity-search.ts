import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import type { EntitySummary } from '@/lib/store';
import { errorText } from './error-text';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 120;

export interface EntitySearch {
  /** The query these results answer: until it equals the typed one, a search is under way. */
  query: string;
  results: EntitySummary[];
  error?: string;
}

/**
 * Searches names and aliases as the reader types. An empty query finds nothing rather than
 * everything; `storeVersion` re-runs the search so a renamed entity shows its new name.
 */
export function useEntitySearch(query: string, limit: number, storeVersion = 0): EntitySearch {
  const [search, setSearch] = useState<EntitySearch>({ query: '', results: [] });
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setSearch({ query: '', results: [] });
      return undefined;
    }
    let live = true;
    const timer = setTimeout(() => {
      void askBackground('entities/search', { query: trimmed, limit }).then((result) => {
        if (!live) return;
        setSearch(
          result.ok
            ? { query: trimmed, results: result.value }
            : { query: trimmed, results: [], error: errorText(result.error) },
        );
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, limit, storeVersion]);
  return search;
}
