/**
 * gzip through CompressionStream, which MV3 service workers, every browser we support and
 * Node 18+ have built in. Unpacking is capped: a few hundred kilobytes of gzip can hold
 * gigabytes of zeros, and a hostile server must not make us allocate them.
 */
export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type GunzipResult =
  { ok: true; text: string } | { ok: false; reason: 'too-large' } | { ok: false; reason: 'broken'; detail: string };

/**
 * The UTF-8 text a gzip holds, read chunk by chunk and abandoned as soon as it passes
 * `maxBytes`, so at most `maxBytes` plus one chunk (16 KB in Node) is ever unpacked. Each
 * chunk is decoded as it comes, so the bytes and the text are never held twice.
 */
export async function gunzipText(bytes: Uint8Array, maxBytes: number): Promise<GunzipResult> {
  // A copy with its own ArrayBuffer: a Blob does not take a view on shared memory.
  const reader = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let total = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too-large' };
      }
      parts.push(decoder.decode(next.value, { stream: true }));
    }
    parts.push(decoder.decode());
  } catch (error) {
    // A cut or changed gzip fails its inflate or CRC check; bad UTF-8 fails the fatal decoder.
    return { ok: false, reason: 'broken', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, text: parts.join('') };
}
