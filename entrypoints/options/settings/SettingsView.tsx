import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { LookupSettings } from './LookupSettings';
import { MarkingSettings } from './MarkingSettings';
import { SiteRules } from './SiteRules';
import { useSettings } from './settings-state';

/** Settings live in storage.sync, apart from the store. */
export function SettingsView() {
  const { settings, error, write } = useSettings();
  return (
    <div class="settings-view">
      <h2>Sites &amp; settings</h2>
      <ErrorMessage error={error} />
      {settings && (
        <div class="settings-columns">
          <SiteRules settings={settings} write={write} />
          <MarkingSettings settings={settings} write={write} />
          <LookupSettings />
        </div>
      )}
    </div>
  );
}
