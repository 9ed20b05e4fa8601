import type { PictureFilters, PictureScope } from '@/lib/pictures';
import { plural } from '@/components/count-and-time-text';

interface ScopeNoteProps {
  scope: PictureScope;
  onWiden: (next: Partial<PictureFilters>) => void;
}

/**
 * What the years leave out, counted, with a way to reach it: one fact from 1786 is not drawn
 * (it would stretch the axis over two centuries) but it is one press away.
 */
export function ScopeNote({ scope, onWiden }: ScopeNoteProps) {
  const { years, allYears, before, after } = scope;
  const outside = before + after;
  return (
    <p class="scope-note" role="status">
      {`${years.from}–${years.to}. `}
      {outside > 0 && allYears && (
        <>
          {`${plural(outside, 'dated item', 'dated items')} outside these years`}
          {before > 0 && ` (${before} before ${years.from})`}
          {after > 0 && ` (${after} after ${years.to})`}
          {'. '}
          <button
            type="button"
            onClick={() =>
              onWiden({ years: { from: Math.min(allYears.from, years.from), to: Math.max(allYears.to, years.to) } })
            }
          >
            {`Show ${Math.min(allYears.from, years.from)}–${Math.max(allYears.to, years.to)}`}
          </button>
        </>
      )}
    </p>
  );
}
