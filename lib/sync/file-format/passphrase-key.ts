import { open, seal } from './aes-gcm';

/**
 * The sync key: PBKDF2-SHA-256 over the passphrase and format.json's salt, to a
 * non-extractable AES-GCM-256 key, so no script can read the key back out of the worker.
 */

/** OWASP's Password Storage Cheat Sheet (2023) recommends 600,000 for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
/**
 * Bounds a format.json must respect. Fewer than 10,000 would make guessing cheap; more than
 * 10,000,000 (tens of seconds on a phone) is how a hostile file would hang the worker.
 */
export const MIN_ITERATIONS = 10_000;
export const MAX_ITERATIONS = 10_000_000;
/** NIST SP 800-132 asks for at least 128 random bits of salt. */
export const SALT_BYTES = 16;

export async function deriveSyncKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  // NFC: the same passphrase typed on macOS (decomposed accents) and elsewhere must give one key.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * A known text sealed with the key, kept in format.json, so a wrong passphrase is a clear
 * error before any file is read (and not "every chunk is damaged"). It tells a guesser no
 * more than any encrypted chunk would: each one starts with a known gzip header.
 */
const CHECK_TEXT = 'backstory-sync passphrase check';
const CHECK_AAD = new TextEncoder().encode('backstory-sync/format.json encryption.check');

export function makeCheck(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return seal(key, new TextEncoder().encode(CHECK_TEXT), CHECK_AAD);
}

export async function passesCheck(key: CryptoKey, check: Uint8Array): Promise<boolean> {
  const plain = await open(key, check, CHECK_AAD);
  return plain !== undefined && new TextDecoder().decode(plain) === CHECK_TEXT;
}
