import { isMarkingOn, writeSettings, type Settings } from '@/lib/settings';
import type { SiteMarking } from './site-marking';

function toggleSite(settings: Settings, host: string): string[] {
  return settings.sites.includes(host) ? settings.sites.filter((site) => site !== host) : [...settings.sites, host];
}

/**
 * One click to stop marking on this site, or everywhere for a while. Changes reach the
 * open page through storage.sync's change event, without a reload.
 */
export function SiteSwitch({ site: { host, settings } }: { site: SiteMarking }) {
  if (!settings) return null;
  return (
    <div class="site-switch">
      {host && (
        <label>
          <input
            type="checkbox"
            checked={isMarkingOn({ ...settings, paused: false }, host)}
            onChange={() => void writeSettings({ sites: toggleSite(settings, host) })}
          />{' '}
          Mark names on {host}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={() => void writeSettings({ paused: !settings.paused })}
        />{' '}
        Pause everywhere
      </label>
    </div>
  );
}
