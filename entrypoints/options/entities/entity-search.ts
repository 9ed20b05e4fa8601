import { useMemo, useRef } from 'preact/hooks';
import { EntityIndex, searchDocuments } from '@/lib/full-text-search';
import type { StoreContents } from '../store-reads';

/**
 * The page's full-text index, kept in step with the live store: each change of the store
 * re-indexes only the entities whose texts changed. Answers the ranked ids for `query`,
 * or undefined when there is no query (the list is then in name order).
 */
export function useRankedIds(contents: StoreContents, query: string): string[] | undefined {
  const index = useRef<EntityIndex>();
  const indexed = useMemo(() => {
    index.current ??= new EntityIndex();
    index.current.update(searchDocuments(contents));
    return contents.version;
  }, [contents]);
  return useMemo(() => (query.trim() === '' ? undefined : index.current!.search(query)), [indexed, query]);
}
