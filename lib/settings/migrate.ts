import * as v from 'valibot';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

/**
 * Each step lifts stored settings by one version. Steps are never edited once shipped;
 * a new shape means a new step. Browsers sync settings between versions of Backstory, so
 * a step must accept anything an older version could have written.
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 had firstMentionOnly and the hover delays; v2 adds site rules, kinds and style (defaults).
  1: (old) => ({ ...old, version: 2 }),
};

export function migrateSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return DEFAULT_SETTINGS;
  let current = stored as Record<string, unknown>;
  let version = typeof current.version === 'number' ? current.version : 0;
  while (version < SETTINGS_VERSION && STEPS[version]) {
    current = STEPS[version]!(current);
    version += 1;
  }
  const parsed = v.safeParse(SettingsSchema, current);
  // Settings from a newer Backstory, or damaged ones, must not stop marking: use defaults.
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}
