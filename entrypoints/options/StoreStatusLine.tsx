import { useEffect, useState } from 'preact/hooks';
import { useBackgroundAnswer } from './background-answer';
import { countsText, sizeText } from './store-size-text';
import { plural } from '@/components/count-and-time-text';

interface Persistence {
  persisted: boolean | null;
  /** Asks the browser to keep the store (as Yomitan offers): the reader's click, not the page load. */
  keep?: () => void;
}

/**
 * `navigator.storage.persist()` exists only in windows, so the background (a service worker
 * in Chrome) cannot ask for it and answers null. This page shares its storage and can ask.
 */
function usePersistence(fromBackground: boolean | null | undefined): Persistence {
  const [asked, setAsked] = useState<boolean | null>(null);
  const storage = globalThis.navigator?.storage;
  useEffect(() => {
    if (fromBackground !== null || !storage?.persisted) return;
    void storage.persisted().then(setAsked, () => setAsked(null));
  }, [fromBackground]);
  const persisted = fromBackground ?? asked;
  if (persisted !== false || !storage?.persist) return { persisted };
  return { persisted, keep: () => void storage.persist().then(setAsked, () => setAsked(null)) };
}

function keptText(persisted: boolean | null): string {
  if (persisted === null) return 'The browser does not say whether it keeps your store';
  return persisted
    ? 'Kept by the browser even when space runs low'
    : 'The browser may clear your store when space runs low';
}

/** One quiet line on the store's health: will the browser keep it, how much room it takes, what it holds. */
export function StoreStatusLine({ storeVersion }: { storeVersion: number }) {
  const { value: status, error } = useBackgroundAnswer('store/status', {}, storeVersion);
  const { persisted, keep } = usePersistence(status?.persisted);
  if (error)
    return (
      <footer class="page-foot error" role="alert">
        {error}
      </footer>
    );
  if (!status) return null;
  const used = status.estimate ? ` · ${sizeText(status.estimate.usage)} used` : '';
  return (
    <footer class="page-foot" data-testid="store-status">
      {keptText(persisted)}
      {keep && (
        <>
          {' '}
          <button type="button" onClick={keep}>
            Keep my store
          </button>
        </>
      )}
      {used} · {countsText(status.counts)} · {plural(status.snapshots, 'snapshot')}
    </footer>
  );
}
