import { useMemo, useRef, useState } from 'preact/hooks';
import { DiscardDialog } from '@/components/editor/DiscardDialog';
import { useNotice } from '../notice';
import type { StoreContents } from '../store-reads';
import { plural } from '@/components/count-and-time-text';
import { BulkBar } from './BulkBar';
import { bulkScope } from './bulk-scope';
import { EntityDetailPanel } from './EntityDetailPanel';
import { EntityList } from './EntityList';
import type { EntityScope } from './entity-scope';
import { Filters } from './Filters';
import { focusRow, rowToFocus } from './row-focus';

function useSelection(liveIds: ReadonlySet<string>) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // Entities deleted meanwhile (here or by an import) drop out of the selection.
  const selected = useMemo(() => new Set([...chosen].filter((id) => liveIds.has(id))), [chosen, liveIds]);
  const select = (ids: string[], on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  return { selected, select };
}

/**
 * Once the open entity has been seen in the store, its leaving it (a bulk delete, an import)
 * closes the detail; a just-created one may not have reached this page's read yet.
 */
function useShownEntity({ opened, byId }: EntityScope) {
  const seenLive = useRef<string>();
  if (opened?.id && byId.has(opened.id)) seenLive.current = opened.id;
  const gone = opened?.id !== undefined && seenLive.current === opened.id && !byId.has(opened.id);
  return gone ? undefined : opened;
}

export function EntitiesView({ contents, scope }: { contents: StoreContents; scope: EntityScope }) {
  const { restores } = useNotice();
  const { byId, tags, ranked, visible, query, filters } = scope;
  const liveIds = useMemo(() => new Set(byId.keys()), [byId]);
  const { selected, select } = useSelection(liveIds);
  const bulk = useMemo(() => bulkScope(selected, visible, byId), [selected, visible, byId]);
  const shown = useShownEntity(scope);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLElement>(null);
  // Read before the list re-renders without the entities a step removed.
  const returnFocus = (wanted: string | undefined, gone: readonly string[] = []) => {
    const order = visible.map((entity) => entity.id);
    focusRow(list.current, rowToFocus(order, new Set(gone), wanted), listHeading.current);
  };
  const closeDetail = (deleted?: boolean) => {
    const id = shown?.id;
    if (!deleted) return scope.close(() => returnFocus(id));
    scope.closeNow();
    returnFocus(id, id ? [id] : []);
  };
  return (
    <div class="entities-layout">
      <aside class="entities-filters" aria-label="Search and filters">
        <Filters
          query={query}
          onQuery={scope.setQuery}
          filters={filters}
          onFilters={scope.setFilters}
          packs={contents.packs}
          tags={tags}
        />
        <button type="button" onClick={() => scope.open(undefined)}>
          New entity
        </button>
        <datalist id="known-tags">
          {tags.map((t) => (
            <option key={t.tag} value={t.tag} />
          ))}
        </datalist>
      </aside>
      <section class="entities-list" aria-labelledby="entities-heading" ref={list}>
        <h2 id="entities-heading" ref={listHeading} tabIndex={-1}>
          {ranked ? plural(visible.length, 'match', 'matches') : plural(visible.length, 'entity', 'entities')}
        </h2>
        {selected.size > 0 && (
          <BulkBar
            entities={bulk.inList}
            hidden={bulk.hidden}
            onUntick={(ids) => select(ids, false)}
            onDeleted={(ids) => returnFocus(undefined, ids)}
          />
        )}
        <EntityList
          entities={visible}
          listKey={`${query}|${JSON.stringify(filters)}`}
          selected={selected}
          onSelect={select}
          openId={shown?.id}
          onOpen={scope.open}
        />
      </section>
      <div class="entities-detail">
        {shown ? (
          <EntityDetailPanel
            // An undo or a restore may have changed the open entity: load it again.
            key={`${shown.visit}:${restores}`}
            entityId={shown.id}
            tags={(shown.id && byId.get(shown.id)?.tags) || []}
            onCreated={scope.created}
            onOpen={scope.open}
            onOpenNow={scope.openNow}
            onClose={closeDetail}
            onUnsaved={scope.discard.setUnsaved}
          />
        ) : (
          <p class="muted detail-empty">Choose an entity to see and edit everything it holds.</p>
        )}
      </div>
      <DiscardDialog guard={scope.discard} />
    </div>
  );
}
