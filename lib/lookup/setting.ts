import { browser } from 'wxt/browser';

/**
 * Whether the reader turned look-ups on. Kept in storage.local, not with the synced settings:
 * the host access it goes with is granted per browser, so each browser is asked on its own.
 */
const SETTING_KEY = 'lookups';

export async function lookupsEnabled(): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTING_KEY);
  const value = stored[SETTING_KEY] as { enabled?: unknown } | undefined;
  return value?.enabled === true;
}

export async function setLookupsEnabled(enabled: boolean): Promise<void> {
  await browser.storage.local.set({ [SETTING_KEY]: { enabled } });
}
