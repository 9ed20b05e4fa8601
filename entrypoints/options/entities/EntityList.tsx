import { useEffect, useRef, useState } from 'preact/hooks';
import { KindLabel } from '@/components/editor/KindLabel';
import type { EntityRecord } from '@/lib/store';

/** Rows drawn at first and per "Show more": a 10,000-row list would make every keystroke slow. */
const PAGE = 100;

interface EntityListProps {
  entities: readonly EntityRecord[];
  /** Changes when the search or a filter does: the list starts again from its top. */
  listKey: string;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  openId?: string;
  onOpen: (id: string) => void;
}

function SelectAll({ entities, selected, onSelect }: Pick<EntityListProps, 'entities' | 'selected' | 'onSelect'>) {
  const box = useRef<HTMLInputElement>(null);
  const chosen = entities.filter((e) => selected.has(e.id)).length;
  const all = entities.length > 0 && chosen === entities.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  return (
    <label class="check select-all">
      <input
        ref={box}
        type="checkbox"
        checked={all}
        disabled={entities.length === 0}
        onChange={() =>
          onSelect(
            entities.map((e) => e.id),
            !all,
          )
        }
      />
      Select all {entities.length.toLocaleString('en')}
    </label>
  );
}

function Row({
  entity,
  selected,
  open,
  onSelect,
  onOpen,
}: {
  entity: EntityRecord;
  selected: boolean;
  open: boolean;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
}) {
  return (
    <li class="entity-row" data-entity-id={entity.id}>
      <input
        type="checkbox"
        aria-label={`Select ${entity.name}`}
        checked={selected}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <button type="button" class="row-main" aria-current={open ? 'true' : undefined} onClick={onOpen}>
        <span class="name">{entity.name}</span>
        {(entity.tags ?? []).map((tag) => (
          <span key={tag} class="tag">
            {tag}
          </span>
        ))}
        <KindLabel kind={entity.kind} />
      </button>
    </li>
  );
}

export function EntityList({ entities, listKey, selected, onSelect, openId, onOpen }: EntityListProps) {
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [listKey]);
  return (
    <>
      <div class="list-head">
        <SelectAll entities={entities} selected={selected} onSelect={onSelect} />
      </div>
      {entities.length === 0 ? (
        <p class="muted">No entity matches.</p>
      ) : (
        <ul class="plain entity-rows" aria-label="Entities">
          {entities.slice(0, shown).map((entity) => (
            <Row
              key={entity.id}
              entity={entity}
              selected={selected.has(entity.id)}
              open={entity.id === openId}
              onSelect={(on) => onSelect([entity.id], on)}
              onOpen={() => onOpen(entity.id)}
            />
          ))}
        </ul>
      )}
      {entities.length > shown && (
        <button type="button" class="quiet" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, entities.length - shown)} more ({(entities.length - shown).toLocaleString('en')} not
          shown yet)
        </button>
      )}
    </>
  );
}
