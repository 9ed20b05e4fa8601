import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrate';
import { SETTINGS_VERSION, SettingsSchema, type Settings, type SettingsChanges } from './schema';

/** Settings are small and follow the reader between browsers through `storage.sync`. */
export const SETTINGS_KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(changes: SettingsChanges): Promise<Settings> {
  const next = v.parse(SettingsSchema, { ...(await readSettings()), ...changes, version: SETTINGS_VERSION });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) listener(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
