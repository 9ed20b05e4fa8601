import { ENTITY_KINDS, type EntityKind, RELATION_TYPES, type RelationType } from '@/lib/store';
import type { Alliance } from '@/lib/pictures';
import { KIND_LABELS, relationLabel } from '@/components/record-labels';
import { allianceClass, ARROW_TYPES, COLOUR_BY_LABELS } from './graph-styles';

interface ChipsProps {
  counts: ReadonlyMap<RelationType, number>;
  hidden: ReadonlySet<RelationType>;
  onToggle: (type: RelationType) => void;
}

/** The key to the line styles, doubling as filters: pressing a chip shows or hides that type. */
export function RelationChips({ counts, hidden, onToggle }: ChipsProps) {
  const types = RELATION_TYPES.filter((t) => counts.has(t));
  if (!types.length) return null;
  return (
    <div class="chips" role="group" aria-label="Relations shown">
      {types.map((type) => (
        <button
          key={type}
          type="button"
          class={`chip ${type}`}
          aria-pressed={!hidden.has(type)}
          onClick={() => onToggle(type)}
        >
          <svg class="sample" width="28" height="10" aria-hidden="true">
            <line class="stroke" x1="2" y1="5" x2={ARROW_TYPES.has(type) ? 20 : 26} y2="5" />
            {ARROW_TYPES.has(type) && <path class="head" d="M20 1 L27 5 L20 9 z" />}
          </svg>
          {relationLabel(type, 'out')} <span class="count">{counts.get(type)}</span>
        </button>
      ))}
    </div>
  );
}

interface ColourLegendProps {
  colourBy: 'kind' | 'side';
  kinds: ReadonlySet<EntityKind>;
  alliances?: readonly Alliance[];
}

/** What the node colours mean, in the mode chosen. */
export function ColourLegend({ colourBy, kinds, alliances = [] }: ColourLegendProps) {
  const entries =
    colourBy === 'kind'
      ? ENTITY_KINDS.filter((k) => kinds.has(k)).map((k) => ({ key: k, swatch: `kind-${k}`, text: KIND_LABELS[k] }))
      : [
          ...alliances.map((a) => ({ key: String(a.index), swatch: allianceClass(a.index), text: a.label })),
          { key: 'none', swatch: allianceClass(undefined), text: 'No ally-of link' },
        ];
  return (
    <div class={`colour-legend by-${colourBy}`}>
      <span class="legend-title">{COLOUR_BY_LABELS[colourBy]}</span>
      {colourBy === 'side' && <span class="legend-hint">groups joined by “ally of” links</span>}
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            <span class={`swatch ${e.swatch}`} aria-hidden="true" />
            {e.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
