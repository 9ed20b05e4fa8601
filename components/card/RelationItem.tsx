import { describeRange, type Standing } from '@/lib/dates';
import { relationLabel } from '@/components/record-labels';
import type { RelationType, RelationView } from '@/lib/store';
// A file, not the face: the content script takes this value, and '@/lib/store' would bring Dexie into content.js.
import { RELATION_TYPES } from '@/lib/store/records';
import { asText } from './card-model';
import { StandingBadge } from './Standing';

export interface RelatedProps {
  /** Entities also mentioned on this page: their names become buttons that go to the mention. */
  onPage: ReadonlySet<string>;
  onChooseRelated: (entityId: string) => void;
}

/** The other end of a relation; a button that moves to its mention when the page names it too. */
export function RelatedName({ id, name, onPage, onChooseRelated }: { id: string; name: unknown } & RelatedProps) {
  const text = asText(name);
  if (!onPage.has(id))
    return (
      <span class="name" dir="auto">
        {text}
      </span>
    );
  return (
    <>
      <button
        type="button"
        class="link name"
        dir="auto"
        onClick={() => onChooseRelated(id)}
        aria-label={`${text}, on this page: go to its mention`}
      >
        {text}
      </button>
      <span class="badge on-page" aria-hidden="true">
        on this page
      </span>
    </>
  );
}

/** A record written by hand may name a relation type this version does not know: show it as written. */
function relationWords(relation: RelationView): string {
  const known = (RELATION_TYPES as readonly string[]).includes(relation.type);
  return known ? relationLabel(relation.type as RelationType, relation.direction) : asText(relation.type);
}

interface RelationItemProps extends RelatedProps {
  relation: RelationView;
  standing?: Standing;
  /** Leave out the relation's own words where the section heading says them ("Leaders"). */
  bare?: boolean;
}

export function RelationItem({ relation, standing, bare, ...related }: RelationItemProps) {
  const when = describeRange(relation.start, relation.end);
  const onPage = related.onPage.has(relation.other.id);
  return (
    <li class={onPage ? 'relation on-page' : 'relation'}>
      {!bare && <span class="label">{relationWords(relation)} </span>}
      <RelatedName id={relation.other.id} name={relation.other.name} {...related} />
      {when && <span class="when"> {when}</span>}
      {standing && <StandingBadge standing={standing} end={relation.end} />}
    </li>
  );
}
