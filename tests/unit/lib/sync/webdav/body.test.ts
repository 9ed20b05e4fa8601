import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RemoteError } from '@/lib/sync/remote';
import { readCapped } from '@/lib/sync/webdav/body';

const purpose = { action: 'read f', host: 'h' };

describe('reading a body under a cap', () => {
  it('calls a body shorter than its Content-Length a network error, even when the stream ends cleanly', async () => {
    const response = new Response(new Uint8Array(10), { headers: { 'content-length': '20' } });
    const error = await readCapped(response, 100, purpose).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ kind: 'network', message: expect.stringMatching(/10 of 20 bytes/) });
  });

  it('does not hold a compressed length against the inflated body', async () => {
    const text = 'a'.repeat(5000);
    const zipped = gzipSync(text);
    const response = new Response(
      new Blob([new Uint8Array(zipped)]).stream().pipeThrough(new DecompressionStream('gzip')),
      {
        headers: { 'content-length': String(zipped.length), 'content-encoding': 'gzip' },
      },
    );
    expect(new TextDecoder().decode(await readCapped(response, 5000, purpose))).toBe(text);
  });

  it('joins a body that arrives in many chunks', async () => {
    const chunks = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    expect(await readCapped(new Response(stream), 6, purpose)).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6]));
  });
});
