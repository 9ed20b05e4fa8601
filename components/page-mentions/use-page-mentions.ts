import { useEffect, useState } from 'preact/hooks';
import { askPage, type PageMention } from '@/lib/messaging';

export type PageMentionsState =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; mentions: PageMention[] };

/** Most mentioned first; ties in name order, so the list does not reshuffle between asks. */
export function sortMentions(mentions: readonly PageMention[]): PageMention[] {
  return [...mentions].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The page re-marks itself when told the store changed, which takes a moment after a save
 * returns: ask soon, and once more when even a long page has finished.
 */
export const ASK_AFTER_CHANGE_MS = [300, 1000];

/** What the tab's content script has marked; asked again whenever `storeVersion` moves. */
export function usePageMentions(tabId: number | null | undefined, storeVersion: number): PageMentionsState {
  const [state, setState] = useState<PageMentionsState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return undefined;
    if (tabId === null) {
      setState({ status: 'unavailable' });
      return undefined;
    }
    let live = true;
    const ask = async () => {
      const result = await askPage(tabId, 'page/mentions', {});
      if (!live) return;
      setState(result.ok ? { status: 'ready', mentions: sortMentions(result.value) } : { status: 'unavailable' });
    };
    const delays = storeVersion === 0 ? [0] : ASK_AFTER_CHANGE_MS;
    const timers = delays.map((ms) => setTimeout(() => void ask(), ms));
    return () => {
      live = false;
      timers.forEach(clearTimeout);
    };
  }, [tabId, storeVersion]);
  return state;
}
