import { createFormatFile, parseFormatFile, unlock, type FormatFile } from './format-file';
import { FORMAT_PATH } from './layout';
import type { Remote } from './remote';

/** format.json is a few hundred bytes; anything far larger is not ours. */
const MAX_FORMAT_BYTES = 64 * 1024;

/**
 * Reads the remote's format.json (creating it on the very first sync with an empty folder)
 * and unlocks its key. A foreign or newer file, or a wrong passphrase, stops the sync here,
 * before any record is read or written.
 */
export async function openRemoteFormat(
  remote: Remote, passphrase: string | undefined, now: () => number,
): Promise<{ key?: CryptoKey; file: FormatFile; created: boolean }> {
  const bytes = await remote.get(FORMAT_PATH, MAX_FORMAT_BYTES);
  if (!bytes) {
    const made = await createFormatFile(passphrase || undefined, { now: now() });
    await remote.put(FORMAT_PATH, made.bytes);
    return { key: made.key, file: made.file, created: true };
  }
  const file = parseFormatFile(bytes);
  return { key: await unlock(file, passphrase || undefined), file, created: false };
}
