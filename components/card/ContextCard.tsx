import { formatDateRange, formatTimestamp } from '@/lib/dates';
import type { EntityDetail, FactRecord, NoteRecord, RelationView } from '@/lib/store';
import { isWebUrl, KIND_LABELS, relationLabel } from '@/components/labels';

export interface ContextCardProps {
  detail: EntityDetail | undefined;
  error: string | undefined;
  /** Entities also mentioned on this page: their relations get a "on this page" button. */
  onPage: ReadonlySet<string>;
  onChooseRelated: (entityId: string) => void;
  onClose: () => void;
}

function SafeLink({ url, children }: { url: string | undefined; children: string }) {
  // Sources are validated on the way in; checking again here keeps a bad record inert.
  if (!isWebUrl(url)) return <span>{children}</span>;
  return <a href={url} target="_blank" rel="noreferrer noopener">{children}</a>;
}

function sourceName(fact: FactRecord): string {
  if (fact.sourceTitle) return fact.sourceTitle;
  try { return new URL(fact.sourceUrl ?? '').hostname; } catch { return 'source'; }
}

function Fact({ fact }: { fact: FactRecord }) {
  const when = formatDateRange(fact.date, fact.end);
  return (
    <li class="fact">
      {when && <span class="when">{when}</span>}
      <span class="text">{fact.text}</span>
      {fact.sourceUrl && <span class="source"><SafeLink url={fact.sourceUrl}>{sourceName(fact)}</SafeLink></span>}
    </li>
  );
}

function Relation({ relation, onPage, onChoose }: { relation: RelationView; onPage: boolean; onChoose: (id: string) => void }) {
  const when = formatDateRange(relation.start, relation.end);
  return (
    <li class={onPage ? 'relation on-page' : 'relation'}>
      <span class="label">{relationLabel(relation.type, relation.direction)}</span>{' '}
      {onPage
        ? <button type="button" class="link" onClick={() => onChoose(relation.other.id)} title="Go to its mention on this page">{relation.other.name}</button>
        : <span>{relation.other.name}</span>}
      {when && <span class="when"> ({when})</span>}
      {onPage && <span class="badge">on this page</span>}
    </li>
  );
}

function Note({ note }: { note: NoteRecord }) {
  return (
    <li class="note">
      <span class="when">{formatTimestamp(note.createdAt)}</span>
      <span class="text">{note.text}</span>
    </li>
  );
}

export function ContextCard({ detail, error, onPage, onChooseRelated, onClose }: ContextCardProps) {
  if (error) return <div class="card" role="alert">{error}</div>;
  if (!detail) return <div class="card loading" aria-busy="true">Loading…</div>;
  const { entity, facts, notes } = detail;
  const relations = [...detail.relations].sort((a, b) => Number(onPage.has(b.other.id)) - Number(onPage.has(a.other.id)));
  const when = entity.kind === 'event' ? formatDateRange(entity.start, entity.end) : '';
  return (
    <div class={`card kind-${entity.kind}`}>
      <header>
        <h2 id="backstory-card-title">{entity.name}</h2>
        <button type="button" class="close" aria-label="Close card" onClick={onClose}>×</button>
        <p class="kind">{KIND_LABELS[entity.kind]}{when && ` · ${when}`}</p>
      </header>
      {entity.summary && <p class="summary">{entity.summary}</p>}
      {facts.length > 0 && <section><h3>Facts</h3><ul>{facts.map((f) => <Fact key={f.id} fact={f} />)}</ul></section>}
      {relations.length > 0 && (
        <section><h3>Relations</h3><ul>{relations.map((r) => (
          <Relation key={r.id} relation={r} onPage={onPage.has(r.other.id)} onChoose={onChooseRelated} />
        ))}</ul></section>
      )}
      <section>
        <h3>Your notes</h3>
        {notes.length > 0 ? <ul>{notes.map((n) => <Note key={n.id} note={n} />)}</ul> : <p class="empty">No notes yet. Add one from the Backstory toolbar button.</p>}
      </section>
    </div>
  );
}
