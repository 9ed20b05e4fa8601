import { useState } from 'preact/hooks';
import { isWebUrl } from '@/components/web-url';
import { askBackground } from '@/lib/messaging';
import type { DataSource } from '@/lib/store';
import { asText } from './card-model';

/** "Not this?": what the reader would stop, and the step that stops it. */
export interface RejectAction {
  /** The mark with its neighbouring words: "The Washington Post". */
  phrase: string;
  /** Resolves to a problem to show, or undefined once the mark is gone. */
  reject: () => Promise<string | undefined>;
}

/** "Data: GeoNames, CC BY 4.0": every dataset a record came from, as the licences ask. */
function DataLine({ sources }: { sources: readonly DataSource[] }) {
  return (
    <p class="data-line">
      Data:{' '}
      {sources.map((source, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {isWebUrl(source.url) ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {asText(source.name)}
            </a>
          ) : (
            asText(source.name)
          )}
          , {asText(source.licence)}
        </span>
      ))}
    </p>
  );
}

function NotThis({ action, name }: { action: RejectAction; name: string }) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="quiet not-this" onClick={() => setAsking(true)}>
        Not this?
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    setProblem(await action.reject());
    setBusy(false);
  };
  return (
    <div class="not-this-confirm" role="group" aria-label="Stop this mark">
      <p>
        Stop marking “{action.phrase}” as {name}, on every page? You can undo it in the editor, among {name}’s names.
      </p>
      <div class="actions">
        <button type="button" class="danger" disabled={busy} onClick={() => void confirm()}>
          Stop marking it
        </button>
        <button type="button" class="quiet" disabled={busy} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      <p>
        Or it means something else:{' '}
        <button type="button" class="quiet" onClick={() => void askBackground('lookup/open', { name })}>
          Look up other “{name}” on Wikidata
        </button>
      </p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function CardFooter({
  sources,
  reject,
  name,
}: {
  sources?: readonly DataSource[];
  reject?: RejectAction;
  name: string;
}) {
  if (!sources?.length && !reject) return null;
  return (
    <footer class="card-footer">
      {sources?.length ? <DataLine sources={sources} /> : null}
      {reject && <NotThis action={reject} name={name} />}
    </footer>
  );
}
