import { KIND_LABELS } from '@/components/record-labels';
import type { PictureFilters, YearRange } from '@/lib/pictures';
import { ENTITY_KINDS, type EntityKind } from '@/lib/store';
import type { TagCount } from '../entities/entity-filter';

interface FilterBarProps {
  filters: PictureFilters;
  /** The years shown, the default ones until the reader picks others. */
  years: YearRange;
  tags: readonly TagCount[];
  onChange: (filters: PictureFilters) => void;
}

function yearOf(value: string): number | undefined {
  const year = Number.parseInt(value, 10);
  return Number.isInteger(year) && year > 0 && year < 10_000 ? year : undefined;
}

/** The Pictures tab's own narrowing: kind, tag, a part of a name, and the years. */
export function PictureFilterBar({ filters, years, tags, onChange }: FilterBarProps) {
  const setYears = (edge: keyof YearRange, value: string) => {
    const year = yearOf(value);
    if (year === undefined) return;
    const next = { ...years, [edge]: year };
    onChange({ ...filters, years: { from: Math.min(next.from, next.to), to: Math.max(next.from, next.to) } });
  };
  return (
    <div class="picture-filters" role="group" aria-label="What the pictures show">
      <label>
        Kind
        <select
          value={filters.kind ?? ''}
          onChange={(e) =>
            onChange({ ...filters, kind: (e.currentTarget.value || undefined) as EntityKind | undefined })
          }
        >
          <option value="">All kinds</option>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select
          value={filters.tag ?? ''}
          onChange={(e) => onChange({ ...filters, tag: e.currentTarget.value || undefined })}
        >
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        Name
        <input
          type="search"
          value={filters.text ?? ''}
          placeholder="Part of a name"
          onInput={(e) => onChange({ ...filters, text: e.currentTarget.value })}
        />
      </label>
      <label>
        From year
        <input
          type="number"
          inputMode="numeric"
          value={years.from}
          onChange={(e) => setYears('from', e.currentTarget.value)}
        />
      </label>
      <label>
        To year
        <input
          type="number"
          inputMode="numeric"
          value={years.to}
          onChange={(e) => setYears('to', e.currentTarget.value)}
        />
      </label>
    </div>
  );
}
