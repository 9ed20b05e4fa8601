import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { onSettingsChanged, readSettings, writeSettings, type Settings, type SettingsChanges } from '@/lib/settings';

export interface SettingsState {
  settings?: Settings;
  error?: string;
  /** Resolves false when the settings refused the change; nothing was written then. */
  write: (changes: SettingsChanges, what?: string) => Promise<boolean>;
}

function refusal(error: unknown, what: string | undefined): string {
  const reasons = v.isValiError(error) ? error.issues.map((issue) => issue.message).join('; ') : String(error);
  return what ? `${what}: ${reasons}` : reasons;
}

/**
 * The settings as storage.sync holds them, following changes made elsewhere (the popup's
 * switch, another browser). Writes are checked by the settings schema before they are stored.
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void readSettings().then(setSettings, (failure: unknown) =>
      setError(`Cannot read the settings: ${String(failure)}`),
    );
    return onSettingsChanged(setSettings);
  }, []);
  const write = async (changes: SettingsChanges, what?: string) => {
    setError(undefined);
    try {
      setSettings(await writeSettings(changes));
      return true;
    } catch (failure) {
      setError(refusal(failure, what));
      return false;
    }
  };
  return { settings, error, write };
}

/** "https://www.example.com/news/1" → "www.example.com": a reader often pastes an address. */
export function hostFromInput(text: string): string {
  const trimmed = text.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed).hostname;
  } catch {
    return trimmed;
  }
}
