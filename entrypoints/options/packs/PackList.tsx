import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { plural, whenText } from '@/components/count-and-time-text';
import { callBackground, type PackInfo } from '@/lib/messaging';
import type { PackRemovalReport } from '@/lib/packs';
import { useBackgroundAnswer } from '../background-answer';
import { undoBySnapshot, useNotice } from '../notice';

function removalText({ name, removed, keptReaderEdits }: PackRemovalReport, tense: 'preview' | 'done'): string {
  const kept =
    keptReaderEdits > 0
      ? `; ${plural(keptReaderEdits, 'record')} you edited or rely on ${tense === 'preview' ? 'stay' : 'stayed'} as your own`
      : '';
  return `${tense === 'preview' ? 'Removes' : 'Removed'} ${plural(removed, 'record')} of “${name}”${kept}.`;
}

/** Removing asks the background what would go first, and says so before anything is removed. */
function PackRow({ pack }: { pack: PackInfo }) {
  const { notify } = useNotice();
  const [preview, setPreview] = useState<PackRemovalReport>();
  const [error, setError] = useState<string>();
  const attempt = async (step: () => Promise<void>) => {
    setError(undefined);
    try {
      await step();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const ask = () => attempt(async () => setPreview(await callBackground('packs/remove-preview', { packId: pack.id })));
  const remove = () =>
    attempt(async () => {
      const report = await callBackground('packs/remove', { packId: pack.id });
      setPreview(undefined);
      notify({ text: removalText(report, 'done'), undo: () => undoBySnapshot(report.undoId) });
    });
  return (
    <li class="pack-row" data-pack-id={pack.id}>
      <div class="pack-line">
        <span class="name">{pack.name}</span>
        <span class="muted">
          version {pack.version} · {plural(pack.entities, 'entity', 'entities')} · loaded {whenText(pack.loadedAt)}
        </span>
        {!preview && (
          <button type="button" class="danger-quiet" onClick={() => void ask()}>
            Remove…
          </button>
        )}
      </div>
      {preview && (
        <div class="confirm" role="group" aria-label={`Remove ${pack.name}`}>
          <p>{removalText(preview, 'preview')}</p>
          <div class="item-actions">
            <button type="button" class="danger" onClick={() => void remove()}>
              Remove pack
            </button>
            <button type="button" onClick={() => setPreview(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}

export function PackList({ storeVersion }: { storeVersion: number }) {
  const { value: packs, error } = useBackgroundAnswer('packs/list', {}, storeVersion);
  return (
    <section aria-labelledby="packs-heading">
      <h3 id="packs-heading">Packs in your store</h3>
      <ErrorMessage error={error} />
      {packs && packs.length === 0 && <p class="muted">No pack is loaded.</p>}
      {packs && packs.length > 0 && (
        <ul class="plain" aria-label="Packs">
          {packs.map((pack) => (
            <PackRow key={pack.id} pack={pack} />
          ))}
        </ul>
      )}
    </section>
  );
}
