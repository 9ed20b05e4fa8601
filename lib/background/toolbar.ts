import { browser } from 'wxt/browser';
import { onSettingsChanged, readSettings, type Settings } from '@/lib/settings';
import { showToolbarState, toolbarStateFor } from '@/lib/toolbar';

async function showFor(tabId: number, url: string | undefined, settings?: Settings): Promise<void> {
  await showToolbarState(tabId, toolbarStateFor(settings ?? (await readSettings()), url));
}

async function showForAllTabs(settings?: Settings): Promise<void> {
  const [tabs, current] = await Promise.all([browser.tabs.query({}), settings ?? readSettings()]);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : showFor(tab.id, tab.url, current))));
}

/**
 * Keeps the toolbar button greyed, with a tooltip saying why, where Backstory is paused or off
 * for the site: on every tab when the settings change, and on a tab when it is activated or
 * goes to a new address (the browser resets a tab's icon when it navigates). Listeners are
 * added synchronously so that the event that wakes the worker reaches them.
 */
export function watchToolbarState(): void {
  onSettingsChanged((settings) => void showForAllTabs(settings));
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(
      (tab) => showFor(tabId, tab.url),
      () => undefined,
    );
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') void showFor(tabId, tab.url);
  });
  void showForAllTabs();
}
