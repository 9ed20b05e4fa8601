import * as v from 'valibot';
// A file, not the face: the content script takes this value, and '@/lib/store' would bring Dexie into content.js.
import { ENTITY_KINDS } from '@/lib/store/records';

export const SETTINGS_VERSION = 2;

const Host = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^[a-z0-9.-]+(:\d+)?$/, 'must be a host name like example.com'),
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** Mark every mention, only the first of each entity on the page, or the first per section. */
  firstMentionOnly: v.optional(v.picklist(['off', 'page', 'section']), 'off'),
  /** Hover intent: how long the pointer rests on a mention before its card opens. */
  hoverOpenDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000)), 250),
  /** How long a card forgives the pointer leaving it (or its mention) before closing. */
  hoverCloseDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000)), 300),
  /** Marking paused everywhere, from the popup. */
  paused: v.optional(v.boolean(), false),
  /** 'all-except': mark everywhere but `sites`; 'only-listed': mark on `sites` only. */
  siteMode: v.optional(v.picklist(['all-except', 'only-listed']), 'all-except'),
  sites: v.optional(v.pipe(v.array(Host), v.maxLength(2000)), []),
  kindsShown: v.optional(v.array(v.picklist(ENTITY_KINDS)), [...ENTITY_KINDS]),
  highlightStyle: v.optional(v.picklist(['background', 'underline']), 'background'),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsChanges = Partial<Omit<Settings, 'version'>>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, { version: SETTINGS_VERSION });

/** Whether Backstory marks pages on this host. A rule for example.com covers www.example.com too. */
export function isMarkingOn(settings: Settings, host: string): boolean {
  if (settings.paused) return false;
  const listed = settings.sites.some((site) => host === site || host.endsWith(`.${site}`));
  return settings.siteMode === 'only-listed' ? listed : !listed;
}
