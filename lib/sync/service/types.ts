/**
 * The face the background's sync service shows to the protocol, the editor's Sync section and
 * the popup. Credentials live only in storage.local and never appear in a status or a log.
 */

/** What the reader enters in the editor's Sync section. */
export interface SyncConfig {
  /** The WebDAV folder, e.g. https://cloud.example.org/remote.php/dav/files/ana/ (http(s) only). */
  url: string;
  user: string;
  /** An app password; kept in storage.local only. */
  password: string;
  /** When set, the server only ever sees ciphertext. Empty or absent: no encryption. */
  passphrase?: string;
  /** Minutes between background syncs (alarms); 0 turns the schedule off. */
  intervalMinutes: number;
  /** Ask before a sync would delete more than this share (0..1) of the live store. */
  deleteShareToConfirm: number;
}

/** Counts of what one sync did (or would do) to this browser's store. */
export interface SyncChangeCounts {
  added: number;
  updated: number;
  removed: number;
}

export interface SyncRunReport {
  at: number;
  /** What the remote changed here. */
  local: SyncChangeCounts;
  /** Records this browser sent. */
  sent: number;
  bytesSent: number;
  bytesReceived: number;
  durationMs: number;
}

/** A sync that stopped to ask first: the first sync with a remote that already holds a store, or a large delete. */
export interface PendingSync {
  reason: 'first-sync' | 'large-delete';
  changes: SyncChangeCounts;
  /**
   * What would go, said as the reader knows it (an entity's name, "Note: “…”"), at most 50,
   * so the reader sees what they would lose.
   */
  removedNames: string[];
  /** The reader's records that would go, of every kind. */
  removedTotal: number;
}

export type SyncState = 'off' | 'idle' | 'syncing' | 'waiting-for-confirmation' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** The configured address without credentials, for display. */
  url?: string;
  encrypted: boolean;
  intervalMinutes: number;
  lastSyncAt?: number;
  lastRun?: SyncRunReport;
  /** Records written here since the last successful push. */
  pendingChanges: number;
  /** The last failure in words, cleared by the next success. */
  lastError?: string;
  pending?: PendingSync;
  /** The saved user and delete share, so the editor's form starts from what is saved. */
  user?: string;
  deleteShareToConfirm?: number;
  /** When the schedule will next sync; absent when it is off or waiting for the reader. */
  nextSyncAt?: number;
  /** Scheduled syncs are stopped until the reader fixes what `lastError` says. */
  waitsForReader?: boolean;
}

/** The result of "Test connection": reached, signed in, WebDAV, and what the folder holds. */
export interface ConnectionTest {
  ok: boolean;
  /** One sentence for the reader, success or the reason it failed. */
  message: string;
  /** Whether the folder already holds a Backstory sync, and whether it is encrypted. */
  remote?: { exists: boolean; encrypted: boolean; devices: number };
}
