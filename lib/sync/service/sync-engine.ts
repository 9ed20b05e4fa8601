import { SyncFileError, type SyncFileErrorKind } from '../file-format/file-error';
import { RemoteError, type RemoteErrorKind } from '../remote';
import type { ConnectionTest, PendingSync, SyncConfig, SyncRunReport } from './types';

/**
 * What the background's scheduler and handlers need from the sync engine. The background
 * owns when a sync runs (alarms, "Sync now", one at a time), the saved configuration and
 * the status; the engine owns what a sync does to the remote and to the store.
 */
export interface SyncEngine {
  /**
   * Reaches the folder with these settings (which may not be saved yet) and says what it
   * holds. Changes nothing, neither on the server nor in the store. Answers `ok: false`
   * with a sentence for an expected failure; may also throw (see `waitsForReader`).
   */
  test(config: SyncConfig): Promise<ConnectionTest>;
  /**
   * One sync: pull, merge, push. Before it changes the store in a way the reader should see
   * first (the first sync with a remote that already holds a store, or deleting more than
   * `config.deleteShareToConfirm` of the live store) it stops with nothing changed and
   * answers `pending`, unless `options.confirmed` is the preview the reader accepted and what
   * it would now do is no larger than that preview (else it answers a fresh `pending`).
   * Throws on failure, leaving the store untouched.
   */
  run(config: SyncConfig, options: SyncRunOptions): Promise<RunOutcome>;
  /** Records written here since the last successful push. */
  pendingChanges(): Promise<number>;
}

export interface SyncRunOptions {
  /** The preview the reader answered with Apply. */
  confirmed?: PendingSync;
}

/** What one `SyncEngine.run` ended with: a report, or a preview waiting for the reader. */
export type RunOutcome = { report: SyncRunReport } | { pending: PendingSync };

/**
 * A failure only the reader can fix that is not a remote's answer: a wrong passphrase, a
 * remote written by a newer Backstory. Scheduled syncs wait until the reader acts.
 */
export class NeedsReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NeedsReaderError';
  }
}

/**
 * Failures that retrying cannot change: the settings (or the remote) must be fixed first.
 * Remote answers and refused files are told apart because both have a 'too-large': a file
 * over the server's size cap waits for the reader, one that unpacks too large for the next alarm.
 */
const READER_MUST_ACT: { remote: ReadonlySet<RemoteErrorKind>; file: ReadonlySet<SyncFileErrorKind> } = {
  remote: new Set(['auth', 'forbidden', 'not-webdav', 'redirect', 'too-large', 'bad-address']),
  file: new Set(['foreign', 'newer-version', 'needs-passphrase', 'wrong-passphrase', 'not-encrypted']),
};

/** Whether a refused sync file is one only the reader can fix (a wrong passphrase, a newer remote). */
export function fileNeedsReader(error: unknown): error is SyncFileError {
  return error instanceof SyncFileError && READER_MUST_ACT.file.has(error.kind);
}

/** Whether scheduled syncs should stop until the reader changes something (no retry storm). */
export function waitsForReader(error: unknown): boolean {
  if (error instanceof NeedsReaderError || fileNeedsReader(error)) return true;
  return error instanceof RemoteError && READER_MUST_ACT.remote.has(error.kind);
}
