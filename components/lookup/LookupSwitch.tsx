import { useId } from 'preact/hooks';
import { LOOKUP_DISCLOSURE } from '@/lib/lookup';
import './lookup.css';
import type { LookupSwitchState } from './use-lookup-status';

/** "Look up names on Wikidata and Wikipedia": off until the reader, told what is sent and to whom, turns it on. */
export function LookupSwitch({ state }: { state: LookupSwitchState }) {
  const describedBy = useId();
  const { status, message, busy, turnOn, turnOff } = state;
  const on = status?.enabled === true && status.granted;
  return (
    <div class="lookup-switch">
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          disabled={busy || !status}
          aria-describedby={describedBy}
          onChange={(event) => (event.currentTarget.checked ? turnOn() : turnOff())}
        />
        Look up names on Wikidata and Wikipedia
      </label>
      <p id={describedBy} class="hint">
        {LOOKUP_DISCLOSURE}
      </p>
      {status?.enabled && !status.granted && (
        <p class="problem">
          The browser no longer lets Backstory reach Wikidata and Wikipedia: turn look-ups on again to allow it.
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
