import { SelectField } from '@/components/editor/Field';
import { KIND_LABELS } from '@/components/record-labels';
import { ENTITY_KINDS, type EntityKind, type PackRecord } from '@/lib/store';
import type { EntityFilters, TagCount } from './entity-filter';

interface FiltersProps {
  query: string;
  onQuery: (query: string) => void;
  filters: EntityFilters;
  onFilters: (filters: EntityFilters) => void;
  packs: readonly PackRecord[];
  tags: readonly TagCount[];
}

const KIND_OPTIONS = [
  { value: '', label: 'All kinds' },
  ...ENTITY_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
];
/** '' is "any": a select cannot hold undefined. */
const given = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);

/** Search and the three filters; each change shows at once, there is no Apply. */
export function Filters({ query, onQuery, filters, onFilters, packs, tags }: FiltersProps) {
  const set = (changes: EntityFilters) => onFilters({ ...filters, ...changes });
  const packOptions = [{ value: '', label: 'All packs' }, ...packs.map((p) => ({ value: p.id, label: p.name }))];
  const tagOptions = [
    { value: '', label: 'All tags' },
    ...tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` })),
  ];
  return (
    <search class="filters">
      <div class="field">
        <label for="entity-search">Search everything</label>
        <input
          id="entity-search"
          type="search"
          value={query}
          placeholder="Names, aliases, summaries, facts, notes"
          autocomplete="off"
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </div>
      <SelectField
        label="Kind"
        value={filters.kind ?? ''}
        options={KIND_OPTIONS}
        onChange={(kind) => set({ kind: given<EntityKind>(kind as EntityKind | '') })}
      />
      <SelectField
        label="Pack"
        value={filters.packId ?? ''}
        options={packOptions}
        onChange={(packId) => set({ packId: given(packId) })}
      />
      <SelectField
        label="Tag"
        value={filters.tag ?? ''}
        options={tagOptions}
        onChange={(tag) => set({ tag: given(tag) })}
      />
    </search>
  );
}
