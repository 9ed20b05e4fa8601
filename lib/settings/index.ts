export {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SettingsSchema,
  isMarkingOn,
  type Settings,
  type SettingsChanges,
} from './schema';
export { migrateSettings } from './migrate';
export { SETTINGS_KEY, onSettingsChanged, readSettings, writeSettings } from './storage';
