import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeFile, DEFAULT_MAX_DECODED_BYTES, encodeFile } from '@/lib/sync/file-format/codec';
import { gzip } from '@/lib/sync/file-format/gzip';
import { expectRefused } from './expect-refused';
import { realisticChunk } from './sync-records';

const PATH = 'backstory-sync/devices/k3f9x2/000000007.chg';
const HEADER = 6;
const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
/** Our plain header in front of `packed`, to reach the checks behind the envelope. */
function withPlainHeader(packed: Uint8Array): Uint8Array {
  const file = new Uint8Array(HEADER + packed.byteLength);
  file.set([...ascii('BKSY'), 1, 0]);
  file.set(packed, HEADER);
  return file;
}
const plainFileOf = async (body: Uint8Array<ArrayBuffer>) => withPlainHeader(await gzip(body));

const value = {
  device: 'k3f9x2',
  records: [
    {
      id: 'reader:aleppo',
      name: 'Aleppo (حلب), Ḥalab',
      summary: 'Flag 🇸🇾, a lone surrogate \ud800, "quotes" and \\ slashes',
      n: 1.5,
      none: null,
    },
  ],
};

describe('a sync file holds a value as gzip-compressed JSON, encrypted when there is a key', () => {
  it('gives back the value it was given, plain and encrypted', async () => {
    const key = await newKey();
    expect(await decodeFile(await encodeFile(value, undefined, PATH), undefined, PATH)).toEqual(value);
    expect(await decodeFile(await encodeFile(value, key, PATH), key, PATH)).toEqual(value);
  });

  it('starts with "BKSY", format 1 and the mode (0 plain, 1 encrypted)', async () => {
    expect([...(await encodeFile(value, undefined, PATH)).slice(0, HEADER)]).toEqual([...ascii('BKSY'), 1, 0]);
    expect([...(await encodeFile(value, await newKey(), PATH)).slice(0, HEADER)]).toEqual([...ascii('BKSY'), 1, 1]);
  });

  it('encrypts the same value differently each time, with a fresh IV', async () => {
    const key = await newKey();
    const [first, second] = await Promise.all([encodeFile(value, key, PATH), encodeFile(value, key, PATH)]);
    expect(first.slice(HEADER, HEADER + 12)).not.toEqual(second.slice(HEADER, HEADER + 12));
    expect(first.slice(HEADER + 12)).not.toEqual(second.slice(HEADER + 12));
  });

  it('compresses a realistic chunk of records at least fourfold', async () => {
    const chunk = realisticChunk();
    const json = new TextEncoder().encode(JSON.stringify(chunk)).byteLength;
    const file = await encodeFile(chunk, await newKey(), PATH);
    expect(chunk.records.length).toBeGreaterThan(700);
    expect(json / file.byteLength).toBeGreaterThan(4);
  });

  it('refuses a value that has no JSON form, rather than writing an empty file', async () => {
    await expect(encodeFile(undefined, undefined, PATH)).rejects.toThrow(TypeError);
  });
});

describe('a file that is not ours, or not for this Backstory, is refused with a sentence', () => {
  it("an HTML page, someone else's JSON, a bare gzip and random bytes are foreign", async () => {
    const pseudoRandom = Uint8Array.from({ length: 512 }, (_, i) => (i * 7_919 + 13) % 251);
    const files = [
      new TextEncoder().encode('<!DOCTYPE html><html><body>Sign in to Nextcloud</body></html>'),
      new TextEncoder().encode('{"format":"other-app","records":[]}'),
      await gzip(new TextEncoder().encode(JSON.stringify(value))),
      pseudoRandom,
    ];
    for (const file of files)
      await expectRefused(decodeFile(file, undefined, PATH), 'foreign', `${PATH} is not a Backstory sync file`);
  });

  it('a file from a newer Backstory asks for an update', async () => {
    const file = await encodeFile(value, undefined, PATH);
    file[4] = 2;
    await expectRefused(
      decodeFile(file, undefined, PATH),
      'newer-version',
      /newer Backstory \(file format 2; this Backstory reads format 1\)\. Update Backstory/,
    );
  });

  it('an encrypted file without a key asks for the passphrase', async () => {
    const file = await encodeFile(value, await newKey(), PATH);
    await expectRefused(decodeFile(file, undefined, PATH), 'needs-passphrase', 'enter the sync passphrase');
  });

  it('a plain file where the sync is encrypted is refused, so nobody can slip records into an encrypted remote', async () => {
    const file = await encodeFile({ device: 'intruder', records: [] }, undefined, PATH);
    await expectRefused(
      decodeFile(file, await newKey(), PATH),
      'not-encrypted',
      `${PATH} is not encrypted, but this sync is`,
    );
  });
});

describe('a damaged or tampered file is refused as corrupt, never half read', () => {
  it('a file sealed with another key', async () => {
    const file = await encodeFile(value, await newKey(), PATH);
    await expectRefused(decodeFile(file, await newKey(), PATH), 'corrupt', 'fails its encryption check');
  });

  it("an encrypted file moved to another path: a swapped or replayed chunk, or another device's", async () => {
    const key = await newKey();
    const file = await encodeFile(value, key, PATH);
    for (const other of [
      'backstory-sync/devices/k3f9x2/000000008.chg',
      'backstory-sync/devices/zz0000/000000007.chg',
    ]) {
      await expectRefused(
        decodeFile(file, key, other),
        'corrupt',
        `${other} is damaged, or was changed or moved on the server`,
      );
    }
  });

  it("any flipped byte of an encrypted file: the header's own check or authentication refuses it", async () => {
    const key = await newKey();
    const file = await encodeFile(value, key, PATH);
    const expected = (index: number) => (index < 4 ? 'foreign' : index === 4 ? 'newer-version' : 'corrupt');
    for (let index = 0; index < file.byteLength; index++) {
      const changed = file.slice();
      changed[index] = (changed[index] as number) ^ 0xff;
      await expectRefused(decodeFile(changed, key, PATH), expected(index));
    }
  });

  it('a one-bit change of the mode byte makes it a plain file, which a key refuses', async () => {
    const key = await newKey();
    const file = await encodeFile(value, key, PATH);
    file[5] = 0;
    await expectRefused(decodeFile(file, key, PATH), 'not-encrypted');
  });

  it('a file cut short at any of several lengths, plain or encrypted', async () => {
    const key = await newKey();
    for (const fileKey of [undefined, key]) {
      const file = await encodeFile(realisticChunk(), fileKey, PATH);
      for (const length of [
        0,
        1,
        3,
        4,
        5,
        6,
        7,
        17,
        18,
        30,
        100,
        Math.floor(file.byteLength / 2),
        file.byteLength - 16,
        file.byteLength - 1,
      ]) {
        await expectRefused(decodeFile(file.slice(0, length), fileKey, PATH), 'corrupt');
      }
    }
  });

  it("a flipped byte in a plain file's compressed data fails gzip's checks", async () => {
    const file = await encodeFile(value, undefined, PATH);
    // The gzip header's time and OS bytes are not checked by anyone; start after its 10 bytes.
    for (let index = HEADER + 10; index < file.byteLength; index++) {
      const changed = file.slice();
      changed[index] = (changed[index] as number) ^ 0xff;
      await expectRefused(decodeFile(changed, undefined, PATH), 'corrupt');
    }
  });

  it('broken gzip, text that is not UTF-8, and text that is not JSON behind a good header', async () => {
    const notGzip = withPlainHeader(new TextEncoder().encode('plain text, never gzipped'));
    await expectRefused(decodeFile(notGzip, undefined, PATH), 'corrupt', 'its compressed data is broken');
    await expectRefused(
      decodeFile(await plainFileOf(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)), undefined, PATH),
      'corrupt',
      'compressed data is broken',
    );
    await expectRefused(
      decodeFile(await plainFileOf(new TextEncoder().encode('{"records": [')), undefined, PATH),
      'corrupt',
      'does not hold valid JSON',
    );
  });

  it('a header with an unknown mode or format 0', async () => {
    const file = await encodeFile(value, undefined, PATH);
    for (const [index, byte] of [
      [5, 7],
      [4, 0],
    ] as const) {
      const changed = file.slice();
      changed[index] = byte;
      await expectRefused(decodeFile(changed, undefined, PATH), 'corrupt', 'its header is not one Backstory writes');
    }
  });
});

describe('the unpacked size is capped, so a zip bomb is refused and not expanded', () => {
  /** 300 MB of zeros, compressed as they stream by, so the test never holds them either. */
  async function zipBomb(megabytes: number): Promise<Uint8Array> {
    const zeros = new Uint8Array(1024 * 1024);
    let sent = 0;
    const source = new ReadableStream<BufferSource>({
      pull: (c) => (sent++ < megabytes ? c.enqueue(zeros) : c.close()),
    });
    return withPlainHeader(
      new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('gzip'))).arrayBuffer()),
    );
  }

  /** Counts what the decompressor hands on: the bytes a decoder has unpacked, whatever it keeps. */
  function countUnpackedBytes(): { total: number } {
    const counted = { total: 0 };
    const Real = globalThis.DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class {
        readonly writable: WritableStream<BufferSource>;
        readonly readable: ReadableStream<Uint8Array>;
        constructor(format: CompressionFormat) {
          const inner = new Real(format);
          const counter = new TransformStream<Uint8Array, Uint8Array>({
            transform: (chunk, out) => {
              counted.total += chunk.byteLength;
              out.enqueue(chunk);
            },
          });
          this.writable = inner.writable;
          this.readable = inner.readable.pipeThrough(counter);
        }
      },
    );
    return counted;
  }

  afterEach(() => vi.unstubAllGlobals());

  it('300 MB of zeros in a 300 KB file is refused, by default and unpacking no more than the cap', async () => {
    const bomb = await zipBomb(300);
    expect(bomb.byteLength).toBeLessThan(400_000);
    await expectRefused(
      decodeFile(bomb, undefined, PATH),
      'too-large',
      `unpacks to more than ${DEFAULT_MAX_DECODED_BYTES / 1024 / 1024} MB`,
    );
    const unpacked = countUnpackedBytes();
    await expectRefused(
      decodeFile(bomb, undefined, PATH, { maxDecodedBytes: 4 * 1024 * 1024 }),
      'too-large',
      'more than 4 MB',
    );
    // The cap plus what the stream had already made ready (a few 16 KB chunks).
    expect(unpacked.total).toBeGreaterThan(4 * 1024 * 1024);
    expect(unpacked.total).toBeLessThan(5 * 1024 * 1024);
  });

  it('a file exactly at the cap is read, one byte more is refused', async () => {
    const file = await encodeFile(value, undefined, PATH);
    const size = new TextEncoder().encode(JSON.stringify(value)).byteLength;
    expect(await decodeFile(file, undefined, PATH, { maxDecodedBytes: size })).toEqual(value);
    await expectRefused(decodeFile(file, undefined, PATH, { maxDecodedBytes: size - 1 }), 'too-large');
  });
});
