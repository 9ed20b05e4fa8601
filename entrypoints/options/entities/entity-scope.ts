import { useCallback, useMemo, useState } from 'preact/hooks';
import type { EntityRecord } from '@/lib/store/records';
import type { StoreContents } from '../store-reads';
import { sortByName, tagCounts, visibleEntities, type EntityFilters, type TagCount } from './entity-filter';
import { useRankedIds } from './entity-search';

/** Which entity the detail shows; `visit` remounts it, so each opening starts from the store. */
export interface Opened {
  id?: string;
  visit: number;
}

/**
 * What the reader is looking at: the search, the filters and the entities they leave, and
 * the entity open in the detail. Shared by the list and the pictures, so a graph shows the
 * entities the list shows, and a click in it opens the same detail.
 */
export interface EntityScope {
  query: string;
  setQuery: (query: string) => void;
  filters: EntityFilters;
  setFilters: (filters: EntityFilters) => void;
  byId: ReadonlyMap<string, EntityRecord>;
  tags: TagCount[];
  /** Ranked ids while searching, else undefined. */
  ranked?: string[];
  visible: EntityRecord[];
  opened?: Opened;
  /** Undefined opens a new entity's form. */
  open: (id?: string) => void;
  /** A new entity, once saved, keeps its form but gets its id. */
  created: (id: string) => void;
  close: () => void;
}

export function useEntityScope(contents: StoreContents): EntityScope {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<EntityFilters>({});
  const [opened, setOpened] = useState<Opened>();
  const sorted = useMemo(() => sortByName(contents.entities), [contents.entities]);
  const byId = useMemo(() => new Map(sorted.map((e) => [e.id, e])), [sorted]);
  const tags = useMemo(() => tagCounts(sorted), [sorted]);
  const ranked = useRankedIds(contents, query);
  const visible = useMemo(() => visibleEntities(sorted, filters, ranked), [sorted, filters, ranked]);
  const open = useCallback((id?: string) => setOpened((current) => ({ id, visit: (current?.visit ?? 0) + 1 })), []);
  const created = useCallback((id: string) => setOpened((current) => current && { ...current, id }), []);
  const close = useCallback(() => setOpened(undefined), []);
  return { query, setQuery, filters, setFilters, byId, tags, ranked, visible, opened, open, created, close };
}
