import { KIND_LABELS } from '@/components/record-labels';
import { describeDate } from '@/lib/dates';
import type { EntityDetail } from '@/lib/store';
import type { PageEntity } from '@/lib/messaging/protocol';
import { asText, datedFacts, otherRelations, type AsOf } from './card-model';
import { CardBoundary } from './CardBoundary';
import { CardFooter, type RejectAction } from './CardFooter';
import { CardHeader } from './CardHeader';
import { ClampedText } from './ClampedText';
import { FactList } from './FactList';
import { EventDetails, Events, Leaders, Roles } from './KindSections';
import type { RelatedProps } from './RelationItem';
import { RelationList } from './RelationList';
import { Timeline } from './Timeline';

export type { AsOf } from './card-model';
export type { NoteActions } from './CardNote';
export type { RejectAction } from './CardFooter';

export interface ContextCardProps extends RelatedProps {
  /** What the mention already tells: the name and kind show while details load. */
  entity: PageEntity;
  detail: EntityDetail | undefined;
  error: string | undefined;
  asOf: AsOf;
  pinned: boolean;
  onTogglePin: () => void;
  onClose: () => void;
  /** "Not this?" on the mark the card was opened from; absent when opened otherwise. */
  reject?: RejectAction;
  /** Other entities the marked name could mean ("Georgia": the US state, the country). */
  alternatives?: readonly PageEntity[];
  onChooseAlternative?: (id: string) => void;
}

/** A name two actors share: the card says which it chose and offers the others. */
function AlsoMeans({
  alternatives,
  onChoose,
}: {
  alternatives: readonly PageEntity[];
  onChoose: (id: string) => void;
}) {
  return (
    <p class="also-means">
      This name may also mean{' '}
      {alternatives.map((other, i) => (
        <span key={other.id}>
          {i > 0 && ', '}
          <button type="button" class="link" onClick={() => onChoose(other.id)}>
            {asText(other.name)} ({KIND_LABELS[other.kind] ?? asText(other.kind)})
          </button>
        </span>
      ))}
      .
    </p>
  );
}

function AsOfLine({ asOf }: { asOf: AsOf }) {
  if (asOf.fromArticle) return <p class="as-of">Read as of {describeDate(asOf.date)}, the article’s date.</p>;
  const why = asOf.dateWithoutYear
    ? `this page says “${asOf.dateWithoutYear}” but not the year`
    : 'this page gives no date';
  return (
    <p class="as-of">
      Read as of today ({describeDate(asOf.date)}): {why}.
    </p>
  );
}

function Details({
  detail,
  asOf,
  reject,
  alternatives,
  onChooseAlternative,
  ...related
}: Omit<ContextCardProps, 'entity' | 'error' | 'pinned' | 'onTogglePin' | 'onClose'> & { detail: EntityDetail }) {
  const relations = otherRelations(detail, asOf.date, related.onPage);
  const sections = { detail, asOf, ...related };
  return (
    <>
      <AsOfLine asOf={asOf} />
      {alternatives?.length && onChooseAlternative ? (
        <AlsoMeans alternatives={alternatives} onChoose={onChooseAlternative} />
      ) : null}
      {detail.entity.summary && <ClampedText class="summary" text={asText(detail.entity.summary)} />}
      <EventDetails {...sections} />
      <Roles {...sections} />
      <Leaders {...sections} />
      <Timeline detail={detail} asOf={asOf} />
      <FactList facts={datedFacts(detail, asOf.date)} />
      <Events {...sections} />
      <RelationList relations={relations} {...related} />
      <CardFooter sources={detail.entity.sources} reject={reject} name={asText(detail.entity.name)} />
    </>
  );
}

/**
 * The context card: who or what this is, what was true on the article's date (each fact
 * dated and sourced) and related actors one click away. The reader's own notes are below it,
 * in a frame of the extension's own (entrypoints/card-notes), which the page cannot hear.
 */
export function ContextCard({ entity, detail, error, pinned, onTogglePin, onClose, ...rest }: ContextCardProps) {
  const kind = detail?.entity.kind ?? entity.kind;
  return (
    <div
      class={`card kind-${kind}`}
      tabIndex={-1}
      aria-busy={!detail && !error}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <CardHeader
        name={detail?.entity.name ?? entity.name}
        kind={kind}
        pinned={pinned}
        onTogglePin={onTogglePin}
        onClose={onClose}
      />
      <CardBoundary key={entity.id}>
        {error && (
          <p class="problem" role="alert">
            {error}
          </p>
        )}
        {!error && !detail && <p class="loading">Loading…</p>}
        {detail && <Details detail={detail} {...rest} />}
      </CardBoundary>
    </div>
  );
}
