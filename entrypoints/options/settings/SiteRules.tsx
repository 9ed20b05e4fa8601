import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import { hostFromInput, type SettingsState } from './settings-state';

const MODES: { value: Settings['siteMode']; label: string }[] = [
  { value: 'all-except', label: 'On every site except those listed' },
  { value: 'only-listed', label: 'Only on the sites listed' },
];

/** Where Backstory marks names: a list of sites, read as "off on these" or "only on these". */
export function SiteRules({ settings, write }: { settings: Settings; write: SettingsState['write'] }) {
  const [text, setText] = useState('');
  const add = async () => {
    const host = hostFromInput(text);
    if (host === '' || settings.sites.includes(host.toLowerCase())) return setText('');
    if (await write({ sites: [...settings.sites, host] }, `“${host}”`)) setText('');
  };
  return (
    <section aria-labelledby="sites-heading">
      <h3 id="sites-heading">Sites</h3>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => void write({ paused: e.currentTarget.checked })}
        />
        Pause everywhere
      </label>
      <fieldset class="group">
        <legend>Mark names</legend>
        {MODES.map((mode) => (
          <label key={mode.value} class="check">
            <input
              type="radio"
              name="site-mode"
              value={mode.value}
              checked={settings.siteMode === mode.value}
              onChange={() => void write({ siteMode: mode.value })}
            />
            {mode.label}
          </label>
        ))}
      </fieldset>
      {settings.sites.length === 0 ? (
        <p class="muted">No site listed.</p>
      ) : (
        <ul class="plain site-list" aria-label="Sites listed">
          {settings.sites.map((site) => (
            <li key={site} class="alias-row">
              <span class="name">{site}</span>
              <button
                type="button"
                class="quiet"
                aria-label={`Remove ${site}`}
                onClick={() => void write({ sites: settings.sites.filter((s) => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="alias-row add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input
          type="text"
          aria-label="Site to list"
          placeholder="example.com"
          value={text}
          autocomplete="off"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Add site</button>
      </form>
    </section>
  );
}
