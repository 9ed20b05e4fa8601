import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText } from '@/components/editor/error-text';
import { askBackground, callBackground } from '@/lib/messaging';
import { accessPatternFor, type SubscriptionPreview } from '@/lib/pack-subscriptions';
import { undoBySnapshot, useNotice } from '../notice';
import { holdStoreReads } from '../store-reads';
import { importSentence } from './import-file';

export type FollowStep =
  | { step: 'idle' }
  | { step: 'fetching'; address: string }
  | { step: 'preview'; found: SubscriptionPreview }
  | { step: 'writing'; found: SubscriptionPreview };

export interface FollowFlow {
  state: FollowStep;
  error?: string;
  preview: (address: string) => void;
  follow: () => Promise<void>;
  cancel: () => Promise<void>;
}

/**
 * Asks the browser for the host in the click's own task, before any await: Chrome wants a user
 * gesture, and Firefox prompts only while it handles the reader's input. An address the
 * background would refuse asks for nothing and goes straight to the background, which says why.
 */
export function askHostAccess(address: string): Promise<boolean> {
  const pattern = accessPatternFor(address);
  return pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(true);
}

/** Adding a followed pack: fetch and preview (nothing written), then import and follow, or cancel. */
export function useFollowPack(onFollowed: () => void): FollowFlow {
  const { notify, restored } = useNotice();
  const [state, setState] = useState<FollowStep>({ step: 'idle' });
  const [error, setError] = useState<string>();

  const preview = (address: string) => {
    setError(undefined);
    const granted = askHostAccess(address);
    setState({ step: 'fetching', address });
    void (async () => {
      try {
        if (!(await granted))
          throw new Error(`Backstory may not reach ${new URL(address).host}, so nothing was fetched`);
        setState({ step: 'preview', found: await callBackground('subscriptions/preview', { address }) });
      } catch (failure) {
        setError(errorText(failure));
        setState({ step: 'idle' });
      }
    })();
  };

  const follow = async () => {
    if (state.step !== 'preview') return;
    const { found } = state;
    setState({ step: 'writing', found });
    const releaseReads = holdStoreReads();
    try {
      const { imported } = await callBackground('subscriptions/subscribe', { jobId: found.jobId });
      notify({
        text: `Imported “${found.packName}”: ${importSentence(imported, 'done')}`,
        undo: () => undoBySnapshot(imported.snapshotId),
      });
      restored();
      onFollowed();
      setState({ step: 'idle' });
    } catch (failure) {
      setError(errorText(failure));
      setState({ step: 'idle' });
    } finally {
      releaseReads();
    }
  };

  const cancel = async () => {
    if (state.step !== 'preview') return;
    await askBackground('import/cancel', { jobId: state.found.jobId });
    setState({ step: 'idle' });
  };

  return { state, error, preview, follow, cancel };
}
