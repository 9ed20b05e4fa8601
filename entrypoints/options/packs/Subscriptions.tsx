import { useState } from 'preact/hooks';
import { TextField } from '@/components/editor/Field';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { LiveStatus } from '@/components/live/LiveStatus';
import { useBackgroundAnswer } from '../background-answer';
import { ImportPreview } from './ImportPreview';
import { SubscriptionRow } from './SubscriptionRow';
import { useFollowPack, type FollowStep } from './use-follow-pack';

function followStatus(state: FollowStep): string | undefined {
  if (state.step === 'fetching') return `Fetching and checking ${state.address}…`;
  if (state.step === 'writing') return `Importing “${state.found.packName}”…`;
  return undefined;
}

/**
 * Packs followed by their https address (a colleague's list, a newsroom's pack): previewed and
 * imported like a file, then checked daily; a new version updates what came from the pack and
 * leaves the reader's edits alone.
 */
export function Subscriptions({ storeVersion }: { storeVersion: number }) {
  const [address, setAddress] = useState('');
  const [listVersion, setListVersion] = useState(0);
  const refresh = () => setListVersion((n) => n + 1);
  const flow = useFollowPack(() => {
    setAddress('');
    refresh();
  });
  const { value: followed, error } = useBackgroundAnswer('subscriptions/list', {}, storeVersion + listVersion);
  const { state } = flow;
  return (
    <section aria-labelledby="follow-heading">
      <h3 id="follow-heading">Follow a pack by its address</h3>
      <p class="muted">
        A pack published at an https:// address. Backstory asks your browser for access to that site, shows what the
        pack would add, and once you import it looks for a new version every day. Only that address is fetched. A new
        version updates what came from the pack and leaves your edits alone; a broken or oversized file changes nothing.
      </p>
      <form
        class="inline-fields"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          flow.preview(address);
        }}
      >
        <TextField
          label="Pack address"
          value={address}
          inputMode="url"
          placeholder="https://example.org/pack.json"
          onInput={setAddress}
        />
        <button type="submit" disabled={state.step !== 'idle' || address.trim() === ''}>
          Preview
        </button>
      </form>
      <ErrorMessage error={flow.error} />
      <LiveStatus text={followStatus(state)} />
      {state.step === 'preview' && (
        <ImportPreview
          source={state.found.address}
          report={state.found.preview}
          importLabel="Import and follow"
          onImport={() => void flow.follow()}
          onCancel={() => void flow.cancel()}
        />
      )}
      <ErrorMessage error={error} />
      {followed && followed.length > 0 && (
        <ul class="plain" aria-label="Followed packs">
          {followed.map((one) => (
            <SubscriptionRow key={one.address} subscription={one} onChanged={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
