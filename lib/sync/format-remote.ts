import {
  createFormatFile,
  formatFileBytes,
  MAX_FORMAT_FILE_BYTES,
  parseFormatFile,
  unlock,
  type CreateOptions,
  type FormatFile,
} from './file-format/format-file';
import { SyncFileError } from './file-format/file-error';
import { FORMAT_PATH } from './layout';
import type { Remote } from './remote';

/**
 * Reads the remote's format.json (creating it on the very first sync with an empty folder)
 * and unlocks its key. A foreign or newer file, or a wrong passphrase, stops the sync here,
 * before any record is read or written.
 */
export async function openRemoteFormat(
  remote: Remote,
  passphrase: string | undefined,
  options: CreateOptions = {},
): Promise<{ key?: CryptoKey; file: FormatFile; created: boolean }> {
  let bytes = await remote.get(FORMAT_PATH, MAX_FORMAT_FILE_BYTES);
  if (!bytes) {
    const made = await createFormatFile(passphrase || undefined, options);
    // Two browsers starting the same folder at once: only one format.json (one salt) may win,
    // and the other must use it, or chunks would be sealed with a key nobody else derives.
    if (await remote.create(FORMAT_PATH, formatFileBytes(made.file)))
      return { key: made.key, file: made.file, created: true };
    bytes = await remote.get(FORMAT_PATH, MAX_FORMAT_FILE_BYTES);
    if (!bytes) throw new SyncFileError('corrupt', `${FORMAT_PATH} could not be created nor read; try again`);
  }
  const file = parseFormatFile(bytes);
  return { key: await cachedUnlock(file, passphrase || undefined), file, created: false };
}

/**
 * Deriving the key takes PBKDF2's 600,000 rounds (about half a second); a worker that syncs
 * every few minutes derives it once per passphrase and salt.
 */
const keys = new Map<string, Promise<CryptoKey | undefined>>();

export function cachedUnlock(file: FormatFile, passphrase: string | undefined): Promise<CryptoKey | undefined> {
  if (!file.encryption || !passphrase) return unlock(file, passphrase);
  const id = `${file.encryption.salt}\u0000${file.encryption.iterations}\u0000${passphrase}`;
  const known = keys.get(id);
  if (known) return known;
  const derived = unlock(file, passphrase);
  keys.set(id, derived);
  derived.catch(() => keys.delete(id));
  return derived;
}
