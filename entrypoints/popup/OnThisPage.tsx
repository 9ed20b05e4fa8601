import { useState } from 'preact/hooks';
import { askPage, type PageMention } from '@/lib/messaging';
import { KindLabel } from '@/components/editor/KindLabel';
import { LiveStatus } from '@/components/live/LiveStatus';
import { usePageMentions } from '@/components/page-mentions/use-page-mentions';

interface OnThisPageProps {
  tabId: number | null | undefined;
  storeVersion: number;
  onEdit: (entityId: string) => void;
}

function MentionRow({
  mention,
  onReveal,
  onEdit,
}: {
  mention: PageMention;
  onReveal: (entityId: string) => void;
  onEdit: (entityId: string) => void;
}) {
  const times = mention.count === 1 ? 'mention' : 'mentions';
  return (
    <li class="row">
      <button
        type="button"
        class="row-main"
        data-entity-id={mention.id}
        data-mention-count={mention.count}
        title="Show on the page"
        onClick={() => onReveal(mention.id)}
      >
        <span class="name">{mention.name}</span>
        <KindLabel kind={mention.kind} />
        <span class="count">
          {mention.count}
          <span class="visually-hidden"> {times}</span>
        </span>
      </button>
      <button type="button" class="quiet" aria-label={`Edit ${mention.name}`} onClick={() => onEdit(mention.id)}>
        Edit
      </button>
    </li>
  );
}

export function OnThisPage({ tabId, storeVersion, onEdit }: OnThisPageProps) {
  const state = usePageMentions(tabId, storeVersion);
  const [notice, setNotice] = useState<string>();

  const reveal = async (entityId: string) => {
    if (typeof tabId !== 'number') return;
    const result = await askPage(tabId, 'page/reveal', { entityId });
    const name = state.status === 'ready' ? state.mentions.find((m) => m.id === entityId)?.name : undefined;
    // The page moves behind the popup, out of sight: the reader is told what the click did.
    setNotice(
      result.ok && result.value
        ? `Scrolled the page to “${name ?? 'the mention'}”.`
        : 'That mention is no longer on the page.',
    );
  };

  return (
    <section aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading">On this page</h2>
      {state.status === 'loading' && (
        <p class="muted" aria-busy="true">
          Reading this page…
        </p>
      )}
      {state.status === 'unavailable' && <p class="muted">Backstory does not run on this page.</p>}
      {state.status === 'ready' && state.mentions.length === 0 && (
        <p class="muted">No actors or events from your store are mentioned here.</p>
      )}
      {state.status === 'ready' && state.mentions.length > 0 && (
        <ul class="rows" aria-label="Mentions on this page">
          {state.mentions.map((m) => (
            <MentionRow key={m.id} mention={m} onReveal={(id) => void reveal(id)} onEdit={onEdit} />
          ))}
        </ul>
      )}
      <LiveStatus class="muted" text={notice} />
    </section>
  );
}
