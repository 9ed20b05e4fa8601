import { useEffect, useState } from 'preact/hooks';
import { askPage } from '@/lib/messaging';
import { isMarkingOn, onSettingsChanged, readSettings, writeSettings, type Settings } from '@/lib/settings';

/** The page's host, when it is a web page Backstory runs on. */
function useTabHost(tabId: number | null | undefined): string | null {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    void askPage(tabId, 'page/article', {}).then((result) => {
      if (result.ok) setHost(new URL(result.value.url).hostname);
    });
  }, [tabId]);
  return host;
}

function toggleSite(settings: Settings, host: string): string[] {
  return settings.sites.includes(host) ? settings.sites.filter((site) => site !== host) : [...settings.sites, host];
}

/**
 * One click to stop marking on this site, or everywhere for a while. Changes reach the
 * open page through storage.sync's change event, without a reload.
 */
export function SiteSwitch({ tabId }: { tabId: number | null | undefined }) {
  const host = useTabHost(tabId);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <div class="site-switch">
      {host && (
        <label>
          <input
            type="checkbox"
            checked={isMarkingOn({ ...settings, paused: false }, host)}
            onChange={() => void writeSettings({ sites: toggleSite(settings, host) })}
          />
          {' '}Mark names on {host}
        </label>
      )}
      <label>
        <input type="checkbox" checked={settings.paused} onChange={() => void writeSettings({ paused: !settings.paused })} />
        {' '}Pause everywhere
      </label>
    </div>
  );
}
