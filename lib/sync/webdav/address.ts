import { RemoteError } from '../remote';
import { decodedSegments } from './multistatus';

/**
 * The folder the reader configured, always ending in '/'. Refuses what fetch would refuse or
 * what would make our own paths ambiguous, with a sentence that says what to change.
 */
export function folderUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new RemoteError(
      'bad-address',
      'The sync address is not a web address; it should look like https://cloud.example.org/remote.php/dav/files/you/.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RemoteError('bad-address', 'The sync address must start with https:// (or http:// on your own network).');
  }
  if (url.username || url.password) {
    // Browsers refuse to fetch such URLs, and the password would show wherever the address does.
    throw new RemoteError(
      'bad-address',
      'Put the user name and password in their own fields, not in the sync address.',
    );
  }
  if (url.search || url.hash) {
    throw new RemoteError('bad-address', 'The sync address cannot contain "?" or "#"; use the plain folder address.');
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * The URL of `path` (relative to the folder, '/'-separated) with each segment percent-encoded,
 * so names with spaces, '#', '?' or non-ASCII letters reach the server as the names they are.
 */
export function resourceUrl(folder: URL, path: string, isFolder = false): string {
  const segments = pathSegments(path);
  const encoded = segments.map(encodeURIComponent).join('/');
  return new URL(encoded + (isFolder && segments.length > 0 ? '/' : ''), folder).href;
}

/** A relative path's segments; the engine never builds '.', '..' or empty ones, so those are bugs. */
export function pathSegments(path: string): string[] {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '') return [];
  const segments = trimmed.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..')
      throw new TypeError(`Not a remote path: ${JSON.stringify(path)}`);
  }
  return segments;
}

/** The folder's own decoded path segments, to recognise it and its children in a PROPFIND answer. */
export function folderSegments(folder: URL, dir: string): string[] {
  return [...decodedSegments(folder.pathname), ...pathSegments(dir)];
}

/** RFC 7617 Basic credentials, encoded as UTF-8 (what Apache, nginx, Nextcloud and sabre/dav expect). */
export function basicAuthorization(user: string, password: string): string {
  if (user.includes(':')) {
    throw new RemoteError(
      'auth',
      'A user name cannot contain ":" (Basic authentication uses it to separate name and password).',
    );
  }
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
