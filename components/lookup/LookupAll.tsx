import './lookup.css';
import { LookupSwitch } from './LookupSwitch';
import { useLookupAll, type NameRow } from './use-lookup-all';
import { useLookupSwitch } from './use-lookup-status';

function Row({ row, toggle, busy }: { row: NameRow; toggle: (name: string) => void; busy: boolean }) {
  const { candidate } = row;
  return (
    <li class="lookup-all-row">
      <label class="check candidate">
        <input
          type="checkbox"
          checked={row.ticked}
          disabled={!candidate || row.added || busy}
          onChange={() => toggle(row.name)}
        />
        <span>
          <strong>{row.name}</strong>
          {candidate && (
            <span class="muted">
              {' '}
              — {candidate.label}
              {candidate.description ? `, ${candidate.description}` : ''}
            </span>
          )}
          {candidate?.inStore && <span class="muted"> (in your store)</span>}
          {row.added && <span> — added</span>}
          {!candidate && !row.problem && <span class="muted"> — looking up…</span>}
          {row.problem && <span class="muted"> — {row.problem}</span>}
        </span>
      </label>
    </li>
  );
}

function Run({ names, tabId, onAdded, onClose }: LookupAllProps) {
  const run = useLookupAll(names, tabId, onAdded);
  const ticked = run.rows.filter((row) => row.ticked).length;
  const busy = run.adding !== undefined;
  return (
    <>
      <ul class="lookup-all-list" aria-label="Names to look up">
        {run.rows.map((row) => (
          <Row key={row.name} row={row} toggle={run.toggle} busy={busy} />
        ))}
      </ul>
      {run.pending > 0 && <p role="status">Looking up {run.pending} more…</p>}
      {run.adding && (
        <p role="status">
          Adding {run.adding.done + 1} of {run.adding.total}…
        </p>
      )}
      {run.stopped && (
        <p class="problem" role="alert">
          {run.stopped}
        </p>
      )}
      {run.finished && <p role="status">{run.finished}</p>}
      <div class="actions">
        <button type="button" disabled={ticked === 0 || busy || run.pending > 0} onClick={run.addTicked}>
          Add {ticked} ticked
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}

export interface LookupAllProps {
  names: readonly string[];
  tabId?: number;
  onAdded: () => void;
  onClose: () => void;
}

/** "Look up all N names on this page": every name looked up, a list to tick, nothing added before Add. */
export function LookupAll(props: LookupAllProps) {
  const lookups = useLookupSwitch();
  const on = lookups.status?.enabled === true && lookups.status.granted;
  return (
    <section class="lookup-panel lookup-all" aria-label="Look up all names">
      {lookups.status && !on && (
        <>
          <p>Look-ups are off. Turn them on to look these names up:</p>
          <LookupSwitch state={lookups} />
        </>
      )}
      {on && <Run {...props} />}
    </section>
  );
}
