import { useId } from 'preact/hooks';
import './lookup.css';
import type { CandidatesView, LookupAdded } from '@/lib/lookup';
import { LookupPreviewView } from './LookupPreviewView';
import { LookupSwitch } from './LookupSwitch';
import { useLookupFlow, type LookupFlow, type LookupTarget } from './use-lookup-flow';
import { useLookupSwitch } from './use-lookup-status';

function Candidates({ found, picked, pick }: { found: CandidatesView; picked?: string; pick: LookupFlow['pick'] }) {
  const name = useId();
  return (
    <fieldset class="lookup-candidates">
      <legend>{found.candidates.length === 1 ? 'Wikidata has one match' : `Which “${found.name}”?`}</legend>
      {found.candidates.map((candidate) => (
        <label key={candidate.qid} class="check candidate">
          <input
            type="radio"
            name={name}
            value={candidate.qid}
            checked={picked === candidate.qid}
            onChange={() => pick(candidate.qid)}
          />
          <span>
            <strong>{candidate.label}</strong>
            {candidate.description && <span class="muted"> — {candidate.description}</span>}
            {candidate.inStore && <span class="muted"> (in your store)</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Flow({ target, onAdded, onClose }: LookupPanelProps) {
  const { state, pick, add, retry } = useLookupFlow(target, onAdded);
  if (state.step === 'searching') return <p role="status">Looking up “{target.name}” on Wikidata…</p>;
  if (state.step === 'failed') {
    return (
      <>
        <p class="problem" role="alert">
          {state.problem}
        </p>
        <div class="actions">
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      </>
    );
  }
  if (state.step === 'added') {
    const { added } = state;
    return (
      <p role="status">
        {added.updated ? `Updated ${added.name} from Wikidata.` : `Added ${added.name}.`} It is now marked on open
        pages.
      </p>
    );
  }
  const choosing = state.step === 'choosing' ? state : undefined;
  const preview = state.preview;
  return (
    <>
      <Candidates found={state.found} picked={choosing?.picked ?? preview?.qid} pick={pick} />
      {choosing?.previewing && <p role="status">Reading the item…</p>}
      {preview && <LookupPreviewView preview={preview} />}
      {choosing?.problem && (
        <p class="problem" role="alert">
          {choosing.problem}
        </p>
      )}
      <div class="actions">
        <button type="button" disabled={!preview || state.step === 'adding'} onClick={add}>
          {state.step === 'adding' ? 'Adding…' : preview?.inStore ? `Update ${preview.inStore.name}` : 'Add'}
        </button>
        {onClose && (
          <button type="button" class="quiet" onClick={onClose}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}

export interface LookupPanelProps {
  target: LookupTarget;
  onAdded?: (added: LookupAdded) => void;
  onClose?: () => void;
}

/** "Look up" a name: turn look-ups on if they are off, then candidates, a preview, Add. */
export function LookupPanel(props: LookupPanelProps) {
  const lookups = useLookupSwitch();
  const on = lookups.status?.enabled === true && lookups.status.granted;
  return (
    <section class="lookup-panel" aria-label={`Look up ${props.target.name}`}>
      {!lookups.status && <p role="status">…</p>}
      {lookups.status && !on && (
        <>
          <p>Look-ups are off. Turn them on to look “{props.target.name}” up:</p>
          <LookupSwitch state={lookups} />
          {props.onClose && (
            <div class="actions">
              <button type="button" class="quiet" onClick={props.onClose}>
                Cancel
              </button>
            </div>
          )}
        </>
      )}
      {on && <Flow {...props} />}
    </section>
  );
}
