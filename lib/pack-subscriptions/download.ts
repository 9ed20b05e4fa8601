import { MAX_IMPORT_BYTES } from '@/lib/backup';
import { hostOf } from './address';
import { SubscriptionError } from './problems';
import type { Validators } from './records';

export type Download = { kind: 'not-modified' } | { kind: 'file'; text: string; validators: Validators };

/** A slow host gets a minute: a 50 MB pack over a poor line takes that long. */
const TIMEOUT_MS = 60_000;
const MB = 1024 * 1024;

const tooBig = (what: string) =>
  new SubscriptionError(`The file is ${what}; Backstory imports packs up to ${MAX_IMPORT_BYTES / MB} MB`);

/**
 * The request is the address and nothing else: no cookies, no cache of the browser's own (the
 * validators are ours), and no redirect followed, since a redirect would reach an address the
 * reader did not subscribe to.
 */
export async function downloadPack(
  address: string,
  known: Validators,
  fetcher: typeof fetch = fetch,
): Promise<Download> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (known.etag) headers['If-None-Match'] = known.etag;
  if (known.lastModified) headers['If-Modified-Since'] = known.lastModified;
  let response: Response;
  try {
    response = await fetcher(address, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new SubscriptionError(
      timedOut
        ? `${hostOf(address)} did not answer within ${TIMEOUT_MS / 1000} seconds`
        : `${hostOf(address)} could not be reached (offline, or the server is down)`,
    );
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new SubscriptionError('The address redirects elsewhere; subscribe to the address it points to instead');
  }
  if (!response.ok)
    throw new SubscriptionError(`${hostOf(address)} answered ${response.status} ${response.statusText}`.trim());
  const text = await readCapped(response);
  const validators: Validators = {};
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return { kind: 'file', text, validators };
}

/** Read in pieces and stopped past the cap: a hostile host may send gigabytes, or lie in Content-Length. */
async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > MAX_IMPORT_BYTES) throw tooBig(`${Math.ceil(declared / MB)} MB`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw tooBig(`more than ${MAX_IMPORT_BYTES / MB} MB`);
    }
    pieces.push(value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(whole);
  } catch {
    throw new SubscriptionError('The file is not text (UTF-8), so it cannot be a pack');
  }
}
