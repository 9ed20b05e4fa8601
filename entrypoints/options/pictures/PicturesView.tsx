import { useMemo, useState } from 'preact/hooks';
import { COLOUR_BY_LABELS, EventTimeline, RelationGraph } from '@/components/pictures';
import '@/components/pictures/pictures.css';
import { DEFAULT_ACTORS, DEFAULT_LANES, pictureScope, type PictureFilters } from '@/lib/pictures';
import { tagCounts } from '../entities/entity-filter';
import type { StoreContents } from '../store-reads';
import { plural } from '@/components/count-and-time-text';
import { PictureFilterBar } from './PictureFilterBar';
import { ScopeNote } from './ScopeNote';
import './pictures-view.css';

interface PicturesViewProps {
  contents: StoreContents;
  /** Opens an entity in the Entities section. */
  onOpen: (entityId: string) => void;
}

/**
 * The store as a graph of relations and a timeline of events and dated facts, narrowed by the
 * tab's own filters and, until the reader widens them, to the recent years and the most
 * connected actors: the whole store at once was a hairball (issue 17).
 */
export function PicturesView({ contents, onOpen }: PicturesViewProps) {
  const [colourBy, setColourBy] = useState<'kind' | 'side'>('kind');
  const [filters, setFilters] = useState<PictureFilters>({});
  const scope = useMemo(() => pictureScope(contents, filters), [contents, filters]);
  const tags = useMemo(() => tagCounts(contents.entities), [contents.entities]);
  const widen = (next: Partial<PictureFilters>) => setFilters({ ...filters, ...next });
  const allActors = (filters.actors ?? DEFAULT_ACTORS) >= scope.actorsTotal;
  return (
    <div class="pictures-view">
      <h2>Pictures</h2>
      <PictureFilterBar filters={filters} years={scope.years} tags={tags} onChange={setFilters} />
      <ScopeNote scope={scope} onWiden={widen} />
      <section aria-labelledby="graph-heading">
        <div class="section-head">
          <h3 id="graph-heading">Relations</h3>
          <span class="muted">
            {allActors
              ? `All ${plural(scope.actorsTotal, 'actor', 'actors')}.`
              : `The ${scope.entities.length} most connected of ${scope.actorsTotal} actors.`}
          </span>
          <button
            type="button"
            onClick={() => widen({ actors: allActors ? DEFAULT_ACTORS : Infinity })}
            hidden={scope.actorsTotal <= DEFAULT_ACTORS}
          >
            {allActors ? `Show the ${DEFAULT_ACTORS} most connected` : `Show all ${scope.actorsTotal}`}
          </button>
          <label class="check">
            <input
              type="checkbox"
              checked={colourBy === 'side'}
              onChange={(e) => setColourBy(e.currentTarget.checked ? 'side' : 'kind')}
            />
            {COLOUR_BY_LABELS.side}
          </label>
        </div>
        <RelationGraph entities={scope.entities} relations={scope.relations} colourBy={colourBy} onOpen={onOpen} />
      </section>
      <section aria-labelledby="timeline-heading">
        <div class="section-head">
          <h3 id="timeline-heading">Timeline</h3>
          <span class="muted">
            {scope.lanesShown < scope.lanesTotal
              ? `Lanes for the ${scope.lanesShown} with most facts of ${scope.lanesTotal} actors with facts in these years.`
              : `A lane for each of the ${plural(scope.lanesTotal, 'actor', 'actors')} with facts in these years.`}
          </span>
          <button
            type="button"
            hidden={scope.lanesTotal <= DEFAULT_LANES}
            onClick={() => widen({ lanes: scope.lanesShown < scope.lanesTotal ? Infinity : DEFAULT_LANES })}
          >
            {scope.lanesShown < scope.lanesTotal ? `Show all ${scope.lanesTotal} lanes` : `Show ${DEFAULT_LANES} lanes`}
          </button>
        </div>
        <EventTimeline
          events={scope.events}
          facts={scope.facts}
          maxLanes={Infinity}
          range={{ from: scope.years.from, to: scope.years.to + 1 }}
          onOpen={onOpen}
        />
      </section>
    </div>
  );
}
