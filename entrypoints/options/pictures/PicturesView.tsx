import { useMemo, useState } from 'preact/hooks';
import { COLOUR_BY_LABELS, EventTimeline, RelationGraph } from '@/components/pictures';
import '@/components/pictures/pictures.css';
import { timelineDataFrom } from '@/lib/pictures';
import type { EntityScope } from '../entities/entity-scope';
import type { StoreContents } from '../store-reads';
import { plural } from '../wording';

interface PicturesViewProps {
  contents: StoreContents;
  scope: EntityScope;
  /** Opens an entity in the Entities section. */
  onOpen: (entityId: string) => void;
}

/**
 * The entities the list shows (its search and filters: a pack, a tag, a kind) as a graph of
 * their relations and a timeline of their events and dated facts.
 */
export function PicturesView({ contents, scope, onOpen }: PicturesViewProps) {
  const [colourBy, setColourBy] = useState<'kind' | 'side'>('kind');
  const { visible } = scope;
  const timeline = useMemo(() => timelineDataFrom(visible, contents.facts), [visible, contents.facts]);
  const scoped = scope.query.trim() !== '' || Object.values(scope.filters).some((v) => v !== undefined);
  return (
    <div class="pictures-view">
      <h2>Pictures</h2>
      <p class="muted">
        {scoped ? `The ${plural(visible.length, 'entity', 'entities')} your search and filters in Entities leave.`
          : `All ${plural(visible.length, 'entity', 'entities')}: narrow them with the search and filters in Entities.`}
      </p>
      <section aria-labelledby="graph-heading">
        <div class="section-head">
          <h3 id="graph-heading">Relations</h3>
          <label class="check">
            <input type="checkbox" checked={colourBy === 'side'} onChange={(e) => setColourBy(e.currentTarget.checked ? 'side' : 'kind')} />
            {COLOUR_BY_LABELS.side}
          </label>
        </div>
        <RelationGraph entities={visible} relations={contents.relations} colourBy={colourBy} onOpen={onOpen} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">Timeline</h3>
        <EventTimeline events={timeline.events} facts={timeline.facts} onOpen={onOpen} />
      </section>
    </div>
  );
}
