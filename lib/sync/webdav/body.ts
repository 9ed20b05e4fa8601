import { RemoteError } from '../remote';
import type { Purpose } from './errors';

const MB = 1024 * 1024;

/**
 * Reads a response body of at most `maxBytes`, refusing a larger one as soon as it shows: from
 * Content-Length before a byte is read, else while counting the stream. A body shorter than its
 * Content-Length (the connection closed early) is a network error, so it is retried.
 */
export async function readCapped(response: Response, maxBytes: number, purpose: Purpose): Promise<Uint8Array> {
  const declared = declaredLength(response);
  if (declared !== undefined && declared > maxBytes) {
    await discard(response);
    throw tooLarge(purpose, declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(purpose, undefined, maxBytes);
    }
    chunks.push(value);
  }
  if (declared !== undefined && total < declared) {
    throw new RemoteError(
      'network',
      `The connection to ${purpose.host} closed before the whole answer arrived (${total} of ${declared} bytes) while Backstory tried to ${purpose.action}. Backstory will try again.`,
    );
  }
  return concat(chunks, total);
}

/** Lets go of a body we will not read, so the connection is closed or reused rather than left hanging. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * Content-Length counts the bytes on the wire; when the body is compressed that is not what the
 * reader sees after fetch inflates it, so it is then neither a cap nor a completeness check.
 */
function declaredLength(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding.trim().toLowerCase() !== 'identity') return undefined;
  const value = response.headers.get('content-length')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

function tooLarge(purpose: Purpose, size: number | undefined, maxBytes: number): RemoteError {
  const what = size === undefined ? `more than ${describe(maxBytes)}` : describe(size);
  return new RemoteError(
    'too-large',
    `Could not ${purpose.action}: it is ${what}, over Backstory's limit of ${describe(maxBytes)}. Something other than Backstory may have written it.`,
  );
}

function describe(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${bytes} bytes`;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
