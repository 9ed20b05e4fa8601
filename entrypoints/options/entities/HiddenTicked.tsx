import type { EntityRecord } from '@/lib/store';
import { plural } from '@/components/count-and-time-text';

interface HiddenTickedProps {
  hidden: readonly EntityRecord[];
  onUntick: (ids: string[]) => void;
}

/** Ticked entities the search or a filter hides: named, left alone by every bulk action, one click to untick. */
export function HiddenTicked({ hidden, onUntick }: HiddenTickedProps) {
  return (
    <details class="hidden-ticked">
      <summary>
        {plural(hidden.length, 'more ticked entity', 'more ticked entities')} hidden by the search or filters: left
        alone
      </summary>
      <ul class="plain" aria-label="Ticked but hidden">
        {hidden.map((entity) => (
          <li key={entity.id}>{entity.name}</li>
        ))}
      </ul>
      <button type="button" class="quiet" onClick={() => onUntick(hidden.map((entity) => entity.id))}>
        Untick them
      </button>
    </details>
  );
}
