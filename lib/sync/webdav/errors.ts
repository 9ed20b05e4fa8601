import { RemoteError, type RemoteErrorKind } from '../remote';

/** A RemoteError that also carries the server's Retry-After, which the retry loop honours. */
export class AnswerError extends RemoteError {
  constructor(
    kind: RemoteErrorKind,
    message: string,
    status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(kind, message, status);
  }
}

/** What a request was for, in words ("read backstory-sync/format.json"), and where it went. */
export interface Purpose {
  action: string;
  host: string;
}

const FIX_ADDRESS = 'check the address in Sync settings';

/** The error for an HTTP status the caller did not expect. */
export function statusError(response: Response, purpose: Purpose, now = Date.now()): RemoteError {
  const { status } = response;
  const code = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  const make = (kind: RemoteErrorKind, message: string) => new AnswerError(kind, message, status, retryAfterMs);
  if (status === 401) {
    return make(
      'auth',
      `${purpose.host} refused the user name or password (${code}). Check them in Sync settings; Nextcloud and ownCloud need an app password when two-factor login is on.`,
    );
  }
  if (status === 403) {
    return make(
      'forbidden',
      `${purpose.host} does not let this account ${purpose.action} (${code}). Check the folder's permissions, or choose a folder this account can write to.`,
    );
  }
  if (status === 404 || status === 410) {
    return make(
      'not-found',
      `Could not ${purpose.action}: ${purpose.host} has no such folder (${code}); ${FIX_ADDRESS}.`,
    );
  }
  if (status === 409 || status === 412 || status === 423) {
    return make(
      'conflict',
      `${purpose.host} reported a conflict while trying to ${purpose.action} (${code}); another program may be using the folder. Backstory will try again.`,
    );
  }
  if (status === 408)
    return make(
      'network',
      `${purpose.host} gave up waiting while trying to ${purpose.action} (${code}). Backstory will try again.`,
    );
  if (status === 413)
    return make(
      'too-large',
      `${purpose.host} refused to ${purpose.action}: the file is over its size limit (${code}).`,
    );
  if (status === 429)
    return make('server', `${purpose.host} is receiving too many requests (${code}). Backstory will try again later.`);
  if (status === 507)
    return make(
      'server',
      `${purpose.host} has no space left to ${purpose.action} (${code}). Free some space on the server.`,
    );
  if (status === 501 || status === 505) return notWebDav(purpose, code);
  if (status >= 500)
    return make(
      'server',
      `${purpose.host} failed while trying to ${purpose.action} (${code}). Backstory will try again.`,
    );
  return make(
    'not-webdav',
    `${purpose.host} refused to ${purpose.action} (${code}); ${FIX_ADDRESS}: it should be a WebDAV folder.`,
  );
}

export function notWebDav(purpose: Purpose, what: string): RemoteError {
  return new RemoteError(
    'not-webdav',
    `${purpose.host} answered with ${what} when asked to ${purpose.action}: this address is not a WebDAV folder. For Nextcloud or ownCloud use the WebDAV address shown under Files › Settings.`,
  );
}

/** The error for no answer at all: a refused connection, a dropped one, or the timeout. */
export function networkError(error: unknown, purpose: Purpose, timeoutMs: number): RemoteError {
  if (error instanceof RemoteError) return error;
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') {
    return new RemoteError(
      'network',
      `${purpose.host} did not answer within ${duration(timeoutMs)} while Backstory tried to ${purpose.action}. Backstory will try again.`,
    );
  }
  return new RemoteError(
    'network',
    `Could not reach ${purpose.host} to ${purpose.action}: the server is down or the connection dropped. Check your connection and the address; Backstory will try again.`,
  );
}

/**
 * A redirect, never followed: following it would send the password, or the reader's data in a
 * PUT body, to wherever the server points. `location` is null in browsers, whose 'manual'
 * redirects are opaque.
 */
export function redirectError(purpose: Purpose, folder: URL, location: string | null): RemoteError {
  const target = location === null ? undefined : safeUrl(location, folder);
  if (!target) {
    return new RemoteError(
      'redirect',
      `${purpose.host} answered with a redirect when asked to ${purpose.action}. Use "Test connection" in Sync settings to see where it points, and enter that address.`,
    );
  }
  if (target.origin !== folder.origin) {
    return new RemoteError(
      'redirect',
      `${purpose.host} redirects to ${target.origin}, a different address. Backstory never sends your password to an address you did not enter; if ${target.origin} is right, enter it in Sync settings.`,
    );
  }
  return new RemoteError(
    'redirect',
    `${purpose.host} redirects to ${withoutQuery(target)}; enter that address in Sync settings.`,
  );
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}

function safeUrl(location: string, base: URL): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** Shown to the reader, so no query string (it could carry a token) and no user info. */
function withoutQuery(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms from `now`. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
