import { useEffect, useState } from 'preact/hooks';
import { askPage } from '@/lib/messaging';
import { isMarkingOn, onSettingsChanged, readSettings, type Settings } from '@/lib/settings';

export interface SiteMarking {
  /** The page's host, when it is a web page Backstory runs on. */
  host: string | null;
  settings: Settings | null;
  /** False when the reader paused marking everywhere or switched this site off. */
  marking: boolean;
}

/** Whether the open tab's site is marked, following every settings change while the popup is open. */
export function useSiteMarking(tabId: number | null | undefined): SiteMarking {
  const [host, setHost] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    void askPage(tabId, 'page/article', {}).then((result) => {
      if (result.ok) setHost(new URL(result.value.url).hostname);
    });
  }, [tabId]);
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const marking = !settings || !host || isMarkingOn(settings, host);
  return { host, settings, marking };
}
