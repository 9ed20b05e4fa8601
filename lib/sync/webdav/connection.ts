import { basicAuthorization, folderUrl } from './address';
import { discard } from './body';
import { networkError, notWebDav, redirectError, statusError, type Purpose } from './errors';
import { DEFAULT_RETRY, withRetry, type RetryPolicy, type RetryTools } from './retry';

/** What the reader enters in Sync settings. */
export interface WebDavAccount {
  /** The WebDAV folder, e.g. https://cloud.example.org/remote.php/dav/files/ana/ */
  url: string;
  user: string;
  password: string;
}

/** Everything a test (or the service worker) may want to replace. */
export interface WebDavOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), for the retry jitter. */
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Per try, body included. Chrome stops a service worker whose fetch answer takes over 30 s. */
  timeoutMs?: number;
}

export interface Connection {
  folder: URL;
  authorization: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryTools;
}

export interface DavRequest {
  method: string;
  url: string;
  /** What the request is for, in words that complete "Could not ...", e.g. "read backstory-sync/format.json". */
  action: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Statuses the caller handles itself besides 2xx, e.g. 404 for a file that is not there. */
  accept?: readonly number[];
  /** When a browser hides where a redirect points, ask again without credentials to find out. */
  locateRedirect?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 25_000;

/** Throws a 'bad-address' RemoteError when the address is not one we can use. */
export function connect(account: WebDavAccount, options: WebDavOptions = {}): Connection {
  return {
    folder: folderUrl(account.url),
    authorization: basicAuthorization(account.user, account.password),
    // Called unbound: a browser's fetch throws "Illegal invocation" when called as a method of another object.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      policy: { ...DEFAULT_RETRY, ...options.retry },
      sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
      random: options.random ?? Math.random,
    },
  };
}

/** The same connection with retries off, for clean-up that must not hold up the error it follows. */
export function withoutRetries(connection: Connection): Connection {
  return { ...connection, retry: { ...connection.retry, policy: { ...connection.retry.policy, maxAttempts: 1 } } };
}

/**
 * Sends `request`, retrying as the policy says. `read` runs inside each try, so a body cut short
 * or a timeout while reading is retried like a failed request; it gets the try's number.
 */
export function exchange<T>(
  connection: Connection,
  request: DavRequest,
  read: (response: Response, attempt: number) => Promise<T>,
): Promise<T> {
  const purpose: Purpose = { action: request.action, host: connection.folder.host };
  return withRetry(connection.retry, async (attempt) => {
    try {
      const response = await connection.fetch(request.url, requestInit(connection, request));
      await refuseUnexpected(connection, request, response, purpose);
      return await read(response, attempt);
    } catch (error) {
      throw isTransportFailure(error) ? networkError(error, purpose, connection.timeoutMs) : error;
    }
  });
}

function requestInit(connection: Connection, request: DavRequest): RequestInit {
  return {
    method: request.method,
    headers: { ...request.headers, Authorization: connection.authorization },
    body: request.body as BodyInit | undefined,
    // 'manual': a redirect is never followed, so neither the password nor a PUT body can reach
    // an address the reader did not enter. 'follow' drops Authorization on a cross-origin hop
    // (whatwg/fetch#1544, Firefox 111+), but a 307/308 would still carry the reader's data there.
    // The price: browsers hide a manual redirect's target, which `locate` works around.
    redirect: 'manual',
    // Our own Authorization only: no cookies or cached logins of a tab open on the same server.
    credentials: 'omit',
    // Listings and files change under the same URL; a heuristically cached answer would be stale.
    cache: 'no-store',
    signal: AbortSignal.timeout(connection.timeoutMs),
  };
}

async function refuseUnexpected(
  connection: Connection,
  request: DavRequest,
  response: Response,
  purpose: Purpose,
): Promise<void> {
  if (request.accept?.includes(response.status)) return;
  if (isRedirect(response)) {
    await discard(response);
    const location =
      response.headers.get('location') ?? (request.locateRedirect ? await locate(connection, request.url) : null);
    throw redirectError(purpose, connection.folder, location);
  }
  if (!response.ok) {
    await discard(response);
    throw statusError(response, purpose);
  }
  // A login page or captive portal answers 200 with HTML to anything, even a PUT.
  if (response.status === 200 && /html/i.test(response.headers.get('content-type') ?? '')) {
    await discard(response);
    throw notWebDav(purpose, 'a web page');
  }
}

/** Browsers give 'manual' redirects as an opaque answer with status 0; Node gives the 3xx itself. */
function isRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)
  );
}

/**
 * Where a redirect leads, learnt by repeating the request without credentials or body and
 * letting fetch follow it: nothing secret is sent, so following is harmless here.
 */
async function locate(connection: Connection, url: string): Promise<string | null> {
  try {
    const response = await connection.fetch(url, {
      method: 'PROPFIND',
      headers: { Depth: '0' },
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
    await discard(response);
    return response.url && response.url !== url ? response.url : null;
  } catch {
    return null;
  }
}

/** fetch rejects with a TypeError when there is no answer, and with the signal's reason on timeout. */
function isTransportFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError' || name === 'NetworkError';
}
