import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { callBackground } from '@/lib/messaging';
import type { PackSubscription } from '@/lib/pack-subscriptions';
import { holdStoreReads } from '../store-reads';
import { lastCheckText, resultText } from './subscription-words';
import { askHostAccess } from './use-follow-pack';

interface SubscriptionRowProps {
  subscription: PackSubscription;
  onChanged: () => void;
}

/** One followed address: what it is, when it was last looked at and what that did; Check now, Remove. */
export function SubscriptionRow({ subscription, onChanged }: SubscriptionRowProps) {
  const [busy, setBusy] = useState<'checking' | 'removing'>();
  const [error, setError] = useState<string>();
  const { address, packName, lastResult } = subscription;
  const run = async (what: 'checking' | 'removing', step: () => Promise<unknown>) => {
    setError(undefined);
    setBusy(what);
    try {
      await step();
      onChanged();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(undefined);
    }
  };
  const checkNow = () => {
    // Asked on the click: access taken back in the browser's settings is asked for again here.
    const granted = askHostAccess(address);
    void run('checking', async () => {
      await granted;
      const releaseReads = holdStoreReads();
      try {
        await callBackground('subscriptions/check', { address });
      } finally {
        releaseReads();
      }
    });
  };
  return (
    <li class="pack-row subscription" data-subscription={address}>
      <div class="pack-line">
        <span class="name">{packName}</span>
        <span class="muted address">{address}</span>
      </div>
      <p class={lastResult.kind === 'problem' ? 'subscription-result problem' : 'subscription-result'}>
        {lastCheckText(subscription)}. {resultText(lastResult)}
      </p>
      <div class="item-actions">
        <button type="button" disabled={busy !== undefined} onClick={checkNow}>
          {busy === 'checking' ? 'Checking…' : 'Check now'}
        </button>
        <button
          type="button"
          class="danger-quiet"
          disabled={busy !== undefined}
          onClick={() => void run('removing', () => callBackground('subscriptions/remove', { address }))}
        >
          Remove
        </button>
      </div>
      <ErrorMessage error={error} />
    </li>
  );
}
