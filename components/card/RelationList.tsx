import { useState } from 'preact/hooks';
import type { RelationView } from '@/lib/store';
import { RelationItem, type RelatedProps } from './RelationItem';

const SHOWN_AT_FIRST = 6;

/** The remaining relations, those on this page first; a long list opens on request. */
export function RelationList({ relations, ...related }: { relations: RelationView[] } & RelatedProps) {
  const [all, setAll] = useState(false);
  if (!relations.length) return null;
  const shown = all ? relations : relations.slice(0, SHOWN_AT_FIRST);
  return (
    <section aria-labelledby="backstory-relations">
      <h3 id="backstory-relations">Relations</h3>
      <ul>
        {shown.map((r) => (
          <RelationItem key={r.id} relation={r} {...related} />
        ))}
      </ul>
      {relations.length > SHOWN_AT_FIRST && (
        <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer relations' : `Show all ${relations.length} relations`}
        </button>
      )}
    </section>
  );
}
