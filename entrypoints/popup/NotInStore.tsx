import { useEffect, useState } from 'preact/hooks';
import { LookupAll } from '@/components/lookup/LookupAll';
import { LookupPanel } from '@/components/lookup/LookupPanel';
import { askPage, type UnknownName } from '@/lib/messaging';
import { ASK_AFTER_CHANGE_MS } from '@/components/page-mentions/use-page-mentions';

/** A short list: these are suggestions, and the page's own list is what the reader came for. */
const LIMIT = 15;

/** Capitalised names on the tab's page that nothing in the store matches; asked again after every save. */
function useUnknownNames(tabId: number | null | undefined, storeVersion: number): UnknownName[] {
  const [names, setNames] = useState<UnknownName[]>([]);
  useEffect(() => {
    if (typeof tabId !== 'number') return undefined;
    let live = true;
    const ask = async () => {
      const result = await askPage(tabId, 'page/unknown-names', { limit: LIMIT });
      if (live) setNames(result.ok ? result.value : []);
    };
    const delays = storeVersion === 0 ? [0] : ASK_AFTER_CHANGE_MS;
    const timers = delays.map((ms) => setTimeout(() => void ask(), ms));
    return () => {
      live = false;
      timers.forEach(clearTimeout);
    };
  }, [tabId, storeVersion]);
  return names;
}

interface NotInStoreProps {
  tabId: number | null | undefined;
  storeVersion: number;
  /** Opens the editor for a new entity with this name. */
  onAdd: (name: string) => void;
  /** A look-up added an entity: the lists ask again. */
  onStoreChanged?: () => void;
}

/** "Not yet in your store": shown only when the page has such names, each one click from an entity. */
export function NotInStore({ tabId, storeVersion, onAdd, onStoreChanged }: NotInStoreProps) {
  const names = useUnknownNames(tabId, storeVersion);
  const [lookingUp, setLookingUp] = useState<string>();
  const [lookingUpAll, setLookingUpAll] = useState<string[]>();
  if (names.length === 0 && !lookingUp && !lookingUpAll) return null;
  return (
    <section aria-labelledby="not-in-store-heading">
      <h2 id="not-in-store-heading">Not yet in your store</h2>
      {!lookingUpAll && names.length > 1 && (
        <button type="button" class="quiet" onClick={() => setLookingUpAll(names.map(({ text }) => text))}>
          Look up all {names.length} names on this page
        </button>
      )}
      {lookingUpAll && (
        <LookupAll
          names={lookingUpAll}
          {...(typeof tabId === 'number' ? { tabId } : {})}
          onAdded={() => onStoreChanged?.()}
          onClose={() => setLookingUpAll(undefined)}
        />
      )}
      <ul class="rows" aria-label="Names not yet in your store">
        {names.map(({ text, count }) => (
          <li key={text} class="row unknown-name">
            <span class="name">{text}</span>
            <span class="count">
              {count}
              <span class="visually-hidden"> {count === 1 ? 'mention' : 'mentions'}</span>
            </span>
            <button type="button" class="quiet" aria-label={`Look up ${text}`} onClick={() => setLookingUp(text)}>
              Look up
            </button>
            <button type="button" class="quiet" aria-label={`Add ${text}`} onClick={() => onAdd(text)}>
              Add
            </button>
          </li>
        ))}
      </ul>
      {lookingUp && (
        <LookupPanel
          key={lookingUp}
          target={{ name: lookingUp, ...(typeof tabId === 'number' ? { tabId } : {}) }}
          onAdded={onStoreChanged}
          onClose={() => setLookingUp(undefined)}
        />
      )}
    </section>
  );
}
