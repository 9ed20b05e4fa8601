import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile } from '@/lib/sync/file-format/codec';
import {
  createFormatFile,
  formatFileBytes,
  parseFormatFile,
  unlock,
  type FormatFile,
} from '@/lib/sync/file-format/format-file';
import { DEFAULT_ITERATIONS, MIN_ITERATIONS } from '@/lib/sync/file-format/passphrase-key';
import { expectRefused } from './expect-refused';

/** The fewest rounds a file may carry, so each derivation here takes milliseconds. */
const FAST = { iterations: MIN_ITERATIONS, now: Date.UTC(2026, 10, 25, 9, 30) };
const PATH = 'backstory-sync/snapshots/k3f9x2-000000040.snap';
const bytesOf = (json: unknown) => new TextEncoder().encode(typeof json === 'string' ? json : JSON.stringify(json));
const roundTrip = (file: FormatFile) => parseFormatFile(formatFileBytes(file));
const unsafeFile = (file: FormatFile) => JSON.parse(JSON.stringify(file)) as Record<string, Record<string, unknown>>;

async function encryptedFile(passphrase = 'correct horse battery staple') {
  const { file, key } = await createFormatFile(passphrase, FAST);
  return { file, key: key as CryptoKey, passphrase };
}

describe('format.json says what the remote is and, when encrypted, how to get its key', () => {
  it("a plain remote's file reads back as written and unlocks without a key", async () => {
    const { file, key } = await createFormatFile(undefined, FAST);
    expect(file).toEqual({ format: 'backstory-sync', version: 1, createdAt: '2026-11-25T09:30:00.000Z' });
    expect(key).toBeUndefined();
    expect(roundTrip(file)).toEqual(file);
    expect(await unlock(roundTrip(file))).toBeUndefined();
  });

  it('an empty passphrase means no encryption, as in the Sync settings', async () => {
    expect((await createFormatFile('', FAST)).file.encryption).toBeUndefined();
  });

  it("an encrypted remote's file holds the KDF, its rounds, a 16-byte salt and a check, and no key", async () => {
    const { file, key } = await encryptedFile();
    expect(file.encryption).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: MIN_ITERATIONS });
    expect(atob(file.encryption?.salt ?? '')).toHaveLength(16);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect(roundTrip(file)).toEqual(file);
  });

  it('the passphrase unlocks a key that reads what the creating browser wrote', async () => {
    const { file, key, passphrase } = await encryptedFile();
    const chunk = await encodeFile({ records: ['from the first browser'] }, key, PATH);
    const otherBrowsersKey = await unlock(roundTrip(file), passphrase);
    expect(await decodeFile(chunk, otherBrowsersKey, PATH)).toEqual({ records: ['from the first browser'] });
  });

  it('a passphrase typed with composed or decomposed accents gives the same key', async () => {
    const { file } = await encryptedFile('caf\u00e9 cr\u00e8me');
    await expect(unlock(file, 'cafe\u0301 cre\u0300me')).resolves.toBeDefined();
  });

  it('two remotes with one passphrase get different salts, so different keys', async () => {
    const first = await encryptedFile();
    const second = await encryptedFile();
    expect(first.file.encryption?.salt).not.toBe(second.file.encryption?.salt);
    const chunk = await encodeFile({ records: [] }, first.key, PATH);
    await expectRefused(decodeFile(chunk, second.key, PATH), 'corrupt');
  });

  it("uses OWASP's 600,000 PBKDF2 rounds unless told otherwise", async () => {
    const { file } = await createFormatFile('slow but safe');
    expect(file.encryption?.iterations).toBe(DEFAULT_ITERATIONS);
    expect(DEFAULT_ITERATIONS).toBe(600_000);
  });

  it('refuses to create a file it would refuse to read', async () => {
    await expect(createFormatFile('x', { iterations: 1_000 })).rejects.toThrow(RangeError);
    await expect(createFormatFile('x', { iterations: 20_000.5 })).rejects.toThrow(RangeError);
  });
});

describe('unlocking says plainly why it cannot', () => {
  it('a wrong passphrase fails the check before any file is read', async () => {
    const { file } = await encryptedFile();
    await expectRefused(
      unlock(file, 'Correct horse battery staple'),
      'wrong-passphrase',
      'The passphrase does not open this sync folder',
    );
  });

  it('an encrypted remote and no passphrase asks for it', async () => {
    const { file } = await encryptedFile();
    await expectRefused(unlock(file), 'needs-passphrase', 'This sync folder is encrypted: enter its passphrase');
    await expectRefused(unlock(file, ''), 'needs-passphrase');
  });

  it('a passphrase for a plain remote is refused, also when a server swapped an encrypted format.json for a plain one', async () => {
    const { file } = await createFormatFile(undefined, FAST);
    await expectRefused(
      unlock(file, 'secret'),
      'not-encrypted',
      /not encrypted, but a passphrase is set in this browser\. Clear the passphrase/,
    );
  });

  it('a changed check value reads as a wrong passphrase, never as success', async () => {
    const { file, passphrase } = await encryptedFile();
    const check = atob(file.encryption?.check ?? '');
    const changed = btoa(check.slice(0, 20) + String.fromCharCode(check.charCodeAt(20) ^ 1) + check.slice(21));
    const tampered = { ...file, encryption: { ...file.encryption!, check: changed } };
    await expectRefused(unlock(roundTrip(tampered), passphrase), 'wrong-passphrase');
  });
});

describe('a format.json that is not ours, newer, or hostile is refused with a sentence', () => {
  it("a web page, binary bytes, someone else's JSON, or a file far too big are foreign", async () => {
    const foreign: [Uint8Array, RegExp][] = [
      [
        bytesOf('\n<!DOCTYPE html><html><title>Login</title></html>'),
        /not a Backstory sync file: it is a web page, not JSON/,
      ],
      [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe), /it is not text/],
      [bytesOf('format: backstory-sync'), /it is not JSON/],
      [bytesOf({ format: 'joplin', version: 3 }), /another program wrote it/],
      [bytesOf([1, 2, 3]), /another program wrote it/],
      [bytesOf('null'), /another program wrote it/],
      [new Uint8Array(70_000).fill(0x20), /far larger than ours/],
    ];
    for (const [bytes, message] of foreign)
      await expectRefused(
        Promise.resolve().then(() => parseFormatFile(bytes)),
        'foreign',
        message,
      );
  });

  it('a newer version asks for an update, even when its fields are new to us', async () => {
    const newer = bytesOf({ format: 'backstory-sync', version: 2, createdAt: 'soon', encryption: { kdf: 'Argon2id' } });
    await expectRefused(
      Promise.resolve().then(() => parseFormatFile(newer)),
      'newer-version',
      'This sync folder was set up by a newer Backstory (sync format version 2; this Backstory reads version 1). Update Backstory',
    );
  });

  it('a damaged file names the field: unknown keys, wrong KDF, rounds that are too few, too many or fractional, bad salt or check', async () => {
    const { file } = await encryptedFile();
    const cases: [(json: Record<string, Record<string, unknown>>) => void, string][] = [
      [
        (json) => {
          json.extra = {};
        },
        'extra',
      ],
      [
        (json) => {
          json.version = 0 as never;
        },
        'version',
      ],
      [
        (json) => {
          json.createdAt = 'yesterday' as never;
        },
        'createdAt: must be an ISO 8601 time',
      ],
      [
        (json) => {
          json.encryption!.kdf = 'scrypt';
        },
        'encryption.kdf: must be "PBKDF2-SHA-256"',
      ],
      [
        (json) => {
          json.encryption!.iterations = 1_000;
        },
        'encryption.iterations: must be at least 10,000',
      ],
      [
        (json) => {
          json.encryption!.iterations = 2_000_000_000;
        },
        'encryption.iterations: must be at most 10,000,000',
      ],
      [
        (json) => {
          json.encryption!.iterations = 20_000.5;
        },
        'encryption.iterations: must be a whole number',
      ],
      [
        (json) => {
          json.encryption!.salt = 'not base64!';
        },
        'encryption.salt: must be base64 of 16 to 64 bytes',
      ],
      [
        (json) => {
          json.encryption!.salt = btoa('short');
        },
        'encryption.salt: must be base64 of 16 to 64 bytes',
      ],
      [
        (json) => {
          delete json.encryption!.check;
        },
        'encryption.check',
      ],
    ];
    for (const [damage, field] of cases) {
      const json = unsafeFile(file);
      damage(json);
      await expectRefused(
        Promise.resolve().then(() => parseFormatFile(bytesOf(json))),
        'corrupt',
        `The sync folder's format.json is damaged: ${field}`,
      );
    }
  });
});
