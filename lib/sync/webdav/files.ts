import { RemoteError } from '../remote';
import { pathSegments, resourceUrl } from './address';
import { discard, readCapped } from './body';
import { exchange, withoutRetries, type Connection } from './connection';

/** The file's bytes, or undefined when it is not there. */
export function getFile(connection: Connection, path: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const action = `read ${path}`;
  const request = { method: 'GET', url: resourceUrl(connection.folder, path), action, accept: [404] };
  return exchange(connection, request, async (response) => {
    if (response.status === 404) {
      await discard(response);
      return undefined;
    }
    return readCapped(response, maxBytes, { action, host: connection.folder.host });
  });
}

export async function removeFile(connection: Connection, path: string): Promise<void> {
  const request = { method: 'DELETE', url: resourceUrl(connection.folder, path), action: `remove ${path}`, accept: [404] };
  await exchange(connection, request, discard);
}

/**
 * Writes under a temporary dot-file name in the same folder, then MOVEs it onto the real name,
 * so a reader of `path` sees the old file or the whole new one, never a half-written one. The
 * temporary name is unique, so no other writer can be using it. We never send If-Match: each
 * path has one writer (see ../README.md), and Apache's weak ETags would make it fail anyway.
 */
export async function putFile(connection: Connection, path: string, body: Uint8Array): Promise<void> {
  const segments = pathSegments(path);
  const name = segments.pop();
  if (!name) throw new TypeError(`Not a file path: ${JSON.stringify(path)}`);
  const temp = [...segments, `.${name}.${randomHex()}.part`].join('/');
  try {
    await upload(connection, temp, segments.join('/'), body, path);
    await moveIntoPlace(connection, temp, path, body.byteLength);
  } catch (error) {
    // Best effort, one try, and none when the server is unreachable (it could only time out
    // again): the write failed already, and a leftover dot-file is hidden from listings anyway.
    if (!(error instanceof RemoteError && error.kind === 'network')) {
      await removeFile(withoutRetries(connection), temp).catch(() => undefined);
    }
    throw error;
  }
}

async function upload(connection: Connection, temp: string, dir: string, body: Uint8Array, path: string): Promise<void> {
  const request = {
    method: 'PUT',
    url: resourceUrl(connection.folder, temp),
    action: `write ${path}`,
    headers: { 'Content-Type': 'application/octet-stream' },
    body,
    // 409 (RFC 4918 §9.7.1), or 404 on some servers: the parent folder is missing.
    accept: [404, 409],
  };
  const send = () => exchange(connection, request, async (response) => {
    await discard(response);
    return response.status;
  });
  if (!isMissingParent(await send())) return;
  await makeFolders(connection, dir);
  const status = await send();
  if (isMissingParent(status)) {
    throw new RemoteError('conflict', `${connection.folder.host} refused to write ${path} (${status}) even after its folder was created. Backstory will try again.`, status);
  }
}

function isMissingParent(status: number): boolean {
  return status === 404 || status === 409;
}

/**
 * MKCOL each folder from the top down; a 405 (or a 301 to the same folder with '/') means it is
 * there. A 409, or a file with no folder to create, means the configured folder itself is missing.
 */
async function makeFolders(connection: Connection, dir: string): Promise<void> {
  const segments = pathSegments(dir);
  if (segments.length === 0) throw syncFolderMissing(connection);
  for (let depth = 1; depth <= segments.length; depth++) {
    const folder = segments.slice(0, depth).join('/');
    const request = { method: 'MKCOL', url: resourceUrl(connection.folder, folder, true), action: `create the folder ${folder}`, accept: [301, 405, 409] };
    const status = await exchange(connection, request, async (response) => {
      await discard(response);
      return response.status;
    });
    if (status === 409) throw syncFolderMissing(connection);
  }
}

function syncFolderMissing(connection: Connection): RemoteError {
  return new RemoteError('not-found', `The sync folder ${connection.folder.pathname} does not exist on ${connection.folder.host}; create it, or check the address in Sync settings.`, 409);
}

/**
 * MOVE with Overwrite: T. A 404 on a retry usually means an earlier try did move the file and
 * only its answer was lost; a destination of the size we wrote is taken as proof of that.
 */
async function moveIntoPlace(connection: Connection, temp: string, path: string, size: number): Promise<void> {
  const request = {
    method: 'MOVE',
    url: resourceUrl(connection.folder, temp),
    action: `move ${path} into place`,
    headers: { Destination: resourceUrl(connection.folder, path), Overwrite: 'T' },
    accept: [404],
  };
  const outcome = await exchange(connection, request, async (response, attempt) => {
    await discard(response);
    if (response.status !== 404) return 'moved';
    return attempt > 1 ? 'gone-on-a-retry' : 'vanished';
  });
  if (outcome === 'moved') return;
  if (outcome === 'gone-on-a-retry' && (await sizeOf(connection, path)) === size) return;
  throw new RemoteError('conflict', `The file Backstory had just written to ${connection.folder.host} vanished before it could be moved to ${path}. Backstory will try again.`, 404);
}

/** The file's size from a HEAD, undefined when it is not there or the server does not say. */
async function sizeOf(connection: Connection, path: string): Promise<number | undefined> {
  const request = { method: 'HEAD', url: resourceUrl(connection.folder, path), action: `check that ${path} was written`, accept: [404] };
  return exchange(connection, request, async (response) => {
    await discard(response);
    const length = response.headers.get('content-length');
    return response.status === 404 || length === null ? undefined : Number(length);
  });
}

function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
