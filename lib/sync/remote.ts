/**
 * What the sync engine needs from a remote folder. Paths are relative to the folder the
 * reader configured and use '/' (for example 'backstory-sync/devices/abc/000000001.chg').
 * The WebDAV client implements it; tests also use an in-memory one.
 */
export interface RemoteEntry {
  /** The file's name inside the listed folder, without any path. */
  name: string;
  size: number;
}

export interface Remote {
  /** Files (not folders) directly inside `dir`; an empty list when the folder does not exist. */
  list(dir: string): Promise<RemoteEntry[]>;
  /** Sub-folders directly inside `dir` (names only); empty when the folder does not exist. */
  listFolders(dir: string): Promise<string[]>;
  /** The file's bytes, or undefined when it does not exist. Refuses files over `maxBytes`. */
  get(path: string, maxBytes: number): Promise<Uint8Array | undefined>;
  /**
   * Writes the whole file so that it appears complete or not at all (written under a
   * temporary name, then moved into place), creating missing parent folders.
   */
  put(path: string, body: Uint8Array): Promise<void>;
  /**
   * Writes the file like put, but only when no file is at `path` yet: true when this call
   * created it, false when a file was already there (its content untouched). For a path two
   * devices may both create (format.json). Read the file back after creating it: not every
   * server can promise that the second creator loses (see webdav/files.ts).
   */
  create(path: string, body: Uint8Array): Promise<boolean>;
  /** Removes a file; a file already gone is not an error. */
  remove(path: string): Promise<void>;
}

export type RemoteErrorKind =
  | 'auth' // 401: wrong user or password
  | 'forbidden' // 403
  | 'not-found' // the configured folder itself does not exist (a missing file is not an error)
  | 'not-webdav' // answers that are not WebDAV (an HTML page, no multistatus)
  | 'redirect' // a redirect to another host, which we never follow with credentials
  | 'too-large' // a file over the size cap
  | 'conflict' // 409, 412, 423: retried with backoff, then reported
  | 'server' // 5xx: retried with backoff, then reported
  | 'network' // no answer at all, or a body cut short: retried, then reported
  | 'bad-address'; // not an http(s) URL

/** Every remote failure, with a sentence a reader can act on. */
export class RemoteError extends Error {
  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RemoteError';
  }

  get retryable(): boolean {
    return this.kind === 'conflict' || this.kind === 'server' || this.kind === 'network';
  }
}
