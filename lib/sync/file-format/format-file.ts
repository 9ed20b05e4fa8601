import * as v from 'valibot';
import { describeIssues } from '@/lib/store';
import { IV_BYTES, TAG_BYTES } from './aes-gcm';
import { BASE64, fromBase64, toBase64 } from './base64';
import { SyncFileError } from './file-error';
import {
  DEFAULT_ITERATIONS,
  deriveSyncKey,
  makeCheck,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  passesCheck,
  SALT_BYTES,
} from './passphrase-key';

/**
 * backstory-sync/format.json: what the remote is and how it is encrypted. Plain JSON, so
 * the salt can be read before there is a key, and a reader who opens the folder sees what
 * it is.
 */
export const SYNC_FORMAT = 'backstory-sync';
export const SYNC_FORMAT_VERSION = 1;
/** What to pass as `maxBytes` when getting format.json; ours are about 300 bytes. */
export const MAX_FORMAT_FILE_BYTES = 64 * 1024;

const bytesOfBase64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.check(
      (text) => BASE64.test(text) && inRange(fromBase64(text).byteLength, min, max),
      `must be base64 of ${min} to ${max} bytes`,
    ),
  );
const inRange = (n: number, min: number, max: number) => n >= min && n <= max;

const EncryptionSchema = v.strictObject({
  kdf: v.literal('PBKDF2-SHA-256', 'must be "PBKDF2-SHA-256"'),
  iterations: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(MIN_ITERATIONS, `must be at least ${MIN_ITERATIONS.toLocaleString('en')}`),
    v.maxValue(MAX_ITERATIONS, `must be at most ${MAX_ITERATIONS.toLocaleString('en')}`),
  ),
  salt: bytesOfBase64(SALT_BYTES, 64),
  // A check is IV + sealed check text + tag, about 60 bytes.
  check: bytesOfBase64(IV_BYTES + TAG_BYTES + 1, 256),
});

const FormatFileSchema = v.strictObject({
  format: v.literal(SYNC_FORMAT),
  version: v.literal(SYNC_FORMAT_VERSION),
  /** ISO 8601, for the reader who opens the folder. */
  createdAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 time')),
  encryption: v.optional(EncryptionSchema),
});

export type FormatFile = v.InferOutput<typeof FormatFileSchema>;

export interface CreateOptions {
  /** PBKDF2 rounds; tests pass the minimum to stay fast. */
  iterations?: number;
  now?: number;
}

/** A new remote's format.json, and its key when `passphrase` is set (empty means none). */
export async function createFormatFile(
  passphrase?: string,
  options: CreateOptions = {},
): Promise<{ file: FormatFile; key?: CryptoKey }> {
  const { iterations = DEFAULT_ITERATIONS, now = Date.now() } = options;
  const base = { format: SYNC_FORMAT, version: SYNC_FORMAT_VERSION, createdAt: new Date(now).toISOString() } as const;
  if (!passphrase) return { file: base };
  if (!Number.isInteger(iterations) || !inRange(iterations, MIN_ITERATIONS, MAX_ITERATIONS)) {
    throw new RangeError(
      `PBKDF2 iterations must be a whole number from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}, not ${iterations}`,
    );
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await deriveSyncKey(passphrase, salt, iterations);
  const encryption = {
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    check: toBase64(await makeCheck(key)),
  } as const;
  return { file: { ...base, encryption }, key };
}

export function formatFileBytes(file: FormatFile): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** The remote's format.json, checked completely, or a SyncFileError that says what it is instead. */
export function parseFormatFile(bytes: Uint8Array): FormatFile {
  const json = readJson(bytes);
  const { format, version } = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  if (format !== SYNC_FORMAT) {
    throw new SyncFileError(
      'foreign',
      "The sync folder's format.json is not a Backstory sync file: another program wrote it",
    );
  }
  if (typeof version === 'number' && version > SYNC_FORMAT_VERSION) {
    throw new SyncFileError(
      'newer-version',
      `This sync folder was set up by a newer Backstory (sync format version ${version}; ` +
        `this Backstory reads version ${SYNC_FORMAT_VERSION}). Update Backstory in this browser to sync.`,
    );
  }
  const parsed = v.safeParse(FormatFileSchema, json);
  if (!parsed.success)
    throw new SyncFileError('corrupt', `The sync folder's format.json is damaged: ${describeIssues(parsed.issues)}`);
  return parsed.output;
}

function readJson(bytes: Uint8Array): unknown {
  const notOurs = (why: string) =>
    new SyncFileError('foreign', `The sync folder's format.json is not a Backstory sync file: ${why}`);
  if (bytes.byteLength > MAX_FORMAT_FILE_BYTES) throw notOurs(`it is ${bytes.byteLength} bytes, far larger than ours`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notOurs('it is not text');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw notOurs(text.trimStart().startsWith('<') ? 'it is a web page, not JSON' : 'it is not JSON');
  }
}

/**
 * The key that opens the remote's files, or undefined for a plain remote. A passphrase set
 * for a plain remote is refused rather than ignored: the reader believes their store is
 * encrypted, and sending it in the clear would break that belief silently.
 */
export async function unlock(file: FormatFile, passphrase?: string): Promise<CryptoKey | undefined> {
  const { encryption } = file;
  if (!encryption && !passphrase) return undefined;
  if (!encryption) {
    throw new SyncFileError(
      'not-encrypted',
      'This sync folder is not encrypted, but a passphrase is set in this browser. ' +
        'Clear the passphrase to sync without encryption, or choose an empty folder to start an encrypted sync.',
    );
  }
  if (!passphrase)
    throw new SyncFileError('needs-passphrase', 'This sync folder is encrypted: enter its passphrase to sync.');
  const key = await deriveSyncKey(passphrase, fromBase64(encryption.salt), encryption.iterations);
  if (!(await passesCheck(key, fromBase64(encryption.check)))) {
    throw new SyncFileError(
      'wrong-passphrase',
      'The passphrase does not open this sync folder: it was encrypted with a different one.',
    );
  }
  return key;
}
