import { useCallback, useMemo, useState } from 'preact/hooks';
import { useDiscardGuard, type DiscardGuard } from '@/components/editor/discard-guard';
import type { EntityRecord } from '@/lib/store';
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
  /** Undefined opens a new entity's form; unsaved edits in the open one are asked about first. */
  open: (id?: string) => void;
  /** Opens without asking: after a step that already settled the open entity (a merge, an entity added). */
  openNow: (id?: string) => void;
  /** A new entity, once saved, keeps its form but gets its id. */
  created: (id: string) => void;
  /** Closes the detail once `discard` lets it; `then` runs after it closed. */
  close: (then?: () => void) => void;
  /** Closes without asking: the entity is gone. */
  closeNow: () => void;
  /** Asks before unsaved edits in the detail are dropped; the detail tells it what is unsaved. */
  discard: DiscardGuard;
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
  const discard = useDiscardGuard();
  const { guard } = discard;
  const openNow = useCallback((id?: string) => setOpened((current) => ({ id, visit: (current?.visit ?? 0) + 1 })), []);
  const open = useCallback((id?: string) => guard(() => openNow(id)), [guard, openNow]);
  const created = useCallback((id: string) => setOpened((current) => current && { ...current, id }), []);
  const closeNow = useCallback(() => setOpened(undefined), []);
  const close = useCallback(
    (then?: () => void) =>
      guard(() => {
        closeNow();
        then?.();
      }),
    [guard, closeNow],
  );
  return {
    query,
    setQuery,
    filters,
    setFilters,
    byId,
    tags,
    ranked,
    visible,
    opened,
    open,
    openNow,
    created,
    close,
    closeNow,
    discard,
  };
}
