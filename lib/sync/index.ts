/**
 * Sync through a WebDAV folder, as every part of the extension may see it: the status and
 * settings types, the settings schema the protocol checks, and the storage.local record the
 * popup and the editor watch. Nothing here opens the store or the network, so the content
 * script (through the protocol) takes only these few lines. The background's service and the
 * real engine are behind `lib/sync/service`; the engine (engine.ts, replica.ts), the file
 * format and crypto (file-format/) and the WebDAV client (webdav/) are the inside. README.md
 * says how they fit.
 */
export type * from './service/types';
export {
  originPattern,
  passwordNeeded,
  sameAccount,
  SYNC_DEFAULTS,
  SyncSettingsSchema,
  type SyncSettings,
  type SyncSettingsParsed,
} from './service/config';
export { onSyncRecordChanged } from './service/config-store';
export { gunzipText, gzip } from './file-format/gzip';
