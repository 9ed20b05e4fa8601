import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * The reader's settings: small, synced by the browser (`storage.sync`), versioned so that
 * a later shape can migrate an older one. Anything unreadable falls back to the defaults
 * rather than breaking marking.
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** Mark every mention, only the first of each entity on the page, or the first per section. */
  firstMentionOnly: v.optional(v.picklist(['off', 'page', 'section']), 'off'),
  /** Hover intent: how long the pointer rests on a mention before its card opens. */
  hoverOpenDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000)), 250),
  /** How long a card forgives the pointer leaving it (or its mention) before closing. */
  hoverCloseDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000)), 300),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, { version: SETTINGS_VERSION });

export function parseSettings(stored: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, stored);
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(changes: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = v.parse(SettingsSchema, { ...(await readSettings()), ...changes, version: SETTINGS_VERSION });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
