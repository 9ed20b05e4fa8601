import { useState } from 'preact/hooks';
import type { EntityRecord } from '@/lib/store';
import { askBackground } from '@/lib/messaging';

/**
 * "Refresh from Wikidata", for an entity that carries a Q-id: reads the item again and updates what
 * came from Wikidata; names, facts and fields the reader edited or deleted stay as they are.
 */
export function RefreshFromWikidata({ entity, onRefreshed }: { entity: EntityRecord; onRefreshed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean }>();
  if (!/^wd:Q[1-9]\d*$/.test(entity.key ?? '')) return null;
  const refresh = async () => {
    setBusy(true);
    setMessage(undefined);
    const answer = await askBackground('lookup/refresh', { entityId: entity.id });
    setBusy(false);
    if (!answer.ok) return setMessage({ text: answer.error, problem: true });
    setMessage({ text: `Refreshed ${answer.value.name} from Wikidata; your own edits are kept.`, problem: false });
    onRefreshed();
  };
  return (
    <div class="refresh-row">
      <button type="button" class="quiet" disabled={busy} onClick={() => void refresh()}>
        {busy ? 'Refreshing…' : 'Refresh from Wikidata'}
      </button>
      {message && (
        <p class={message.problem ? 'problem' : undefined} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
