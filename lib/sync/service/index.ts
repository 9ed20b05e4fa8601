/**
 * The background's side of sync: the service (saved settings, one run at a time, the
 * schedule, the status) with the real engine behind it, over this browser's store and the
 * reader's WebDAV folder. Only the background imports this face.
 */
export { SyncService } from './service';
export type { SyncRunnerDeps as SyncServiceDeps } from './runner';
export { onSyncAlarm } from './scheduler';
export type { RunOutcome, SyncEngine, SyncRunOptions } from './sync-engine';
export { createWebDavSyncEngine } from './webdav-engine';
