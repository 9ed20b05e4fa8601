/** Why a sync file (a chunk, a snapshot or format.json) was refused. */
export type SyncFileErrorKind =
  | 'foreign' // not written by Backstory: another program's file, an HTML page, random bytes
  | 'newer-version' // written by a newer Backstory than this one
  | 'needs-passphrase' // the remote is encrypted and no passphrase was given
  | 'wrong-passphrase' // the passphrase does not open the remote's check value
  | 'not-encrypted' // a plain file or remote where encryption was expected
  | 'too-large' // unpacks to more than the cap (a zip bomb, or a store far past any real one)
  | 'corrupt'; // cut short, changed, moved from another path, bad gzip or bad JSON

/** Every refusal of a sync file, with a sentence a reader can act on. */
export class SyncFileError extends Error {
  constructor(
    readonly kind: SyncFileErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncFileError';
  }
}
