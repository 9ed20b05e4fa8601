import { gzip } from '@/lib/sync';

/**
 * Snapshots are backup JSON, which gzip shrinks about tenfold. CompressionStream is in
 * every browser we support and in Node 18+, but a snapshot is never skipped for want of it:
 * without it the bytes are stored as they are.
 */
export type Encoding = 'gzip' | 'none';

export async function compressText(text: string): Promise<{ data: Uint8Array; encoding: Encoding }> {
  const bytes = new TextEncoder().encode(text);
  if (typeof CompressionStream === 'undefined') return { data: bytes, encoding: 'none' };
  return { data: await gzip(bytes), encoding: 'gzip' };
}

export async function decompressText(data: Uint8Array, encoding: Encoding): Promise<string> {
  if (encoding === 'none') return new TextDecoder().decode(data);
  // A copy with its own ArrayBuffer: a Blob does not take a view on shared memory.
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
