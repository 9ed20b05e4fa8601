import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the popup talks about: `?tabId=N` when given (tests open the popup as a page of
 * its own, where "the active tab" would be the popup itself), else the active tab.
 */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** `undefined` while looking, `null` when there is no tab to talk to. */
export function useTabId(search: string): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    resolveTabId(search).then(
      (id) => setTabId(id ?? null),
      () => setTabId(null),
    );
  }, [search]);
  return tabId;
}
