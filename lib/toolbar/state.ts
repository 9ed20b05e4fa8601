import { isMarkingOn, type Settings } from '@/lib/settings';

/** What the toolbar button says about a tab: marking, or switched off and why. */
export type ToolbarState =
  { switchedOff: false } | { switchedOff: true; why: 'paused' } | { switchedOff: true; why: 'site'; host: string };

/** Pages the content script marks: for others (browser pages, the store) only the pause matters. */
function markableHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}

/** The same rule the content script follows (lib/page reads `location.hostname`). */
export function toolbarStateFor(settings: Settings, url: string | undefined): ToolbarState {
  if (settings.paused) return { switchedOff: true, why: 'paused' };
  const host = markableHost(url);
  if (host !== null && !isMarkingOn(settings, host)) return { switchedOff: true, why: 'site', host };
  return { switchedOff: false };
}
