import { open, seal } from './aes-gcm';
import { SyncFileError } from './file-error';
import { gunzipText, gzip } from './gzip';

/**
 * Every sync file (change chunks and snapshots) is UTF-8 JSON, gzip-compressed, then, when
 * the remote is encrypted, sealed with AES-GCM. In front of it, a six-byte header:
 *
 *   "BKSY"  version (1)  mode (0 plain, 1 encrypted)  [12-byte IV, ciphertext, 16-byte tag]
 *
 * The magic tells our files from anything else a shared folder holds, the version lets a
 * later Backstory change the format and an older one say so instead of misreading it.
 */
const MAGIC = new TextEncoder().encode('BKSY');
export const FILE_FORMAT_VERSION = 1;
const HEADER_BYTES = MAGIC.length + 2;
const PLAIN = 0;
const ENCRYPTED = 1;

const MB = 1024 * 1024;
/**
 * A 100,000-entity store is about 40 MB of JSON (lib/backup/input.ts); 200 MB leaves room
 * for growth while refusing a zip bomb long before it exhausts a service worker's memory.
 */
export const DEFAULT_MAX_DECODED_BYTES = 200 * MB;

export interface DecodeLimits {
  /** The most JSON bytes a file may unpack to. */
  maxDecodedBytes: number;
}

/**
 * `path` is the file's path in the remote (as in layout.ts) and is bound into an encrypted
 * file as AES-GCM additional data, together with the header. Only the file's own device
 * writes a path and sequence numbers are never reused, so a server that swaps a chunk for
 * another, replays an old one under a new number, or presents device A's file as device B's
 * fails authentication instead of feeding us the wrong records. It costs nothing: the path
 * is not stored, the reader already knows it.
 */
export async function encodeFile(
  value: unknown,
  key: CryptoKey | undefined,
  path: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`${path}: the value to write has no JSON form`);
  const packed = await gzip(new TextEncoder().encode(json));
  const header = headerFor(key ? ENCRYPTED : PLAIN);
  const body = key ? await seal(key, packed, additionalData(header, path)) : packed;
  return concat(header, body);
}

/**
 * The value a file holds, or a SyncFileError saying why it was refused. With a key, only an
 * encrypted file is accepted: a plain file in an encrypted remote could have been put there
 * by anyone who can write to the server, so it is never read.
 */
export async function decodeFile(
  bytes: Uint8Array,
  key: CryptoKey | undefined,
  path: string,
  limits: DecodeLimits = { maxDecodedBytes: DEFAULT_MAX_DECODED_BYTES },
): Promise<unknown> {
  const header = readHeader(bytes, path);
  const packed = await unwrap(header, bytes.subarray(HEADER_BYTES), key, path);
  const unpacked = await gunzipText(packed, limits.maxDecodedBytes);
  if (!unpacked.ok && unpacked.reason === 'too-large') {
    throw new SyncFileError(
      'too-large',
      `${path} unpacks to more than ${limits.maxDecodedBytes / MB} MB, more than Backstory reads; it was refused`,
    );
  }
  if (!unpacked.ok)
    throw new SyncFileError('corrupt', `${path} is damaged: its compressed data is broken (${unpacked.detail})`);
  try {
    return JSON.parse(unpacked.text) as unknown;
  } catch {
    throw new SyncFileError('corrupt', `${path} is damaged: it does not hold valid JSON`);
  }
}

function headerFor(mode: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.of(...MAGIC, FILE_FORMAT_VERSION, mode);
}

function additionalData(header: Uint8Array<ArrayBuffer>, path: string): Uint8Array<ArrayBuffer> {
  return concat(header, new TextEncoder().encode(path));
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(first.byteLength + second.byteLength);
  joined.set(first);
  joined.set(second, first.byteLength);
  return joined;
}

/** The checked header (a copy, for the additional data), or a refusal that names the file. */
function readHeader(bytes: Uint8Array, path: string): Uint8Array<ArrayBuffer> {
  if (bytes.byteLength === 0) throw new SyncFileError('corrupt', `${path} is empty`);
  if (!MAGIC.every((byte, i) => i >= bytes.byteLength || bytes[i] === byte)) {
    throw new SyncFileError('foreign', `${path} is not a Backstory sync file`);
  }
  if (bytes.byteLength < HEADER_BYTES)
    throw new SyncFileError('corrupt', `${path} is damaged: it is cut short (${bytes.byteLength} bytes)`);
  const version = bytes[MAGIC.length] as number;
  if (version > FILE_FORMAT_VERSION) {
    throw new SyncFileError(
      'newer-version',
      `${path} was written by a newer Backstory (file format ${version}; this Backstory ` +
        `reads format ${FILE_FORMAT_VERSION}). Update Backstory in this browser to sync.`,
    );
  }
  const mode = bytes[MAGIC.length + 1] as number;
  if (version < FILE_FORMAT_VERSION || (mode !== PLAIN && mode !== ENCRYPTED)) {
    throw new SyncFileError('corrupt', `${path} is damaged: its header is not one Backstory writes`);
  }
  return bytes.slice(0, HEADER_BYTES);
}

async function unwrap(
  header: Uint8Array<ArrayBuffer>,
  body: Uint8Array,
  key: CryptoKey | undefined,
  path: string,
): Promise<Uint8Array> {
  const encrypted = header[HEADER_BYTES - 1] === ENCRYPTED;
  if (!encrypted && key) {
    throw new SyncFileError(
      'not-encrypted',
      `${path} is not encrypted, but this sync is: it was refused, because anyone who ` +
        'can write to the server could have put a plain file there',
    );
  }
  if (!encrypted) return body;
  if (!key) throw new SyncFileError('needs-passphrase', `${path} is encrypted: enter the sync passphrase to read it`);
  const plain = await open(key, body, additionalData(header, path));
  if (!plain) {
    throw new SyncFileError(
      'corrupt',
      `${path} is damaged, or was changed or moved on the server: it fails its encryption check`,
    );
  }
  return plain;
}
