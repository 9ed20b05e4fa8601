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
  const request = {
    method: 'DELETE',
    url: resourceUrl(connection.folder, path),
    action: `remove ${path}`,
    accept: [404],
  };
  await exchange(connection, request, discard);
}

/**
 * Writes under a temporary dot-file name in the same folder, then MOVEs it onto the real name,
 * so a reader of `path` sees the old file or the whole new one, never a half-written one. The
 * temporary name is unique, so no other writer can be using it. We never send If-Match: each
 * path has one writer (see ../README.md), and Apache's weak ETags would make it fail anyway.
 */
export function putFile(connection: Connection, path: string, body: Uint8Array): Promise<void> {
  return writeThroughTemp(connection, path, body, (temp) => moveIntoPlace(connection, temp, path, body.byteLength));
}

/**
 * Like putFile, but only when no file is at `path` yet: true when this call put it there, false
 * when a file was already there (left as it was). For format.json, which two browsers syncing
 * for the first time at the same moment may both create.
 */
export function createFile(connection: Connection, path: string, body: Uint8Array): Promise<boolean> {
  return writeThroughTemp(connection, path, body, (temp) => moveIfAbsent(connection, temp, path, body));
}

/** Uploads `body` under a fresh temporary name next to `path`, then lets `move` put it in place. */
async function writeThroughTemp<T>(
  connection: Connection,
  path: string,
  body: Uint8Array,
  move: (temp: string) => Promise<T>,
): Promise<T> {
  const segments = pathSegments(path);
  const name = segments.pop();
  if (!name) throw new TypeError(`Not a file path: ${JSON.stringify(path)}`);
  const temp = [...segments, `.${name}.${randomHex()}.part`].join('/');
  try {
    await upload(connection, temp, segments.join('/'), body, path);
    return await move(temp);
  } catch (error) {
    // Best effort, one try, and none when the server is unreachable (it could only time out
    // again): the write failed already, and a leftover dot-file is hidden from listings anyway.
    if (!(error instanceof RemoteError && error.kind === 'network')) await dropTemp(connection, temp);
    throw error;
  }
}

function dropTemp(connection: Connection, temp: string): Promise<void> {
  return removeFile(withoutRetries(connection), temp).catch(() => undefined);
}

async function upload(
  connection: Connection,
  temp: string,
  dir: string,
  body: Uint8Array,
  path: string,
): Promise<void> {
  const request = {
    method: 'PUT',
    url: resourceUrl(connection.folder, temp),
    action: `write ${path}`,
    headers: { 'Content-Type': 'application/octet-stream' },
    body,
    // 409 (RFC 4918 §9.7.1), or 404 on some servers: the parent folder is missing.
    accept: [404, 409],
  };
  const send = () =>
    exchange(connection, request, async (response) => {
      await discard(response);
      return response.status;
    });
  if (!isMissingParent(await send())) return;
  await makeFolders(connection, dir);
  const status = await send();
  if (isMissingParent(status)) {
    throw new RemoteError(
      'conflict',
      `${connection.folder.host} refused to write ${path} (${status}) even after its folder was created. Backstory will try again.`,
      status,
    );
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
    const request = {
      method: 'MKCOL',
      url: resourceUrl(connection.folder, folder, true),
      action: `create the folder ${folder}`,
      accept: [301, 405, 409],
    };
    const status = await exchange(connection, request, async (response) => {
      await discard(response);
      return response.status;
    });
    if (status === 409) throw syncFolderMissing(connection);
  }
}

function syncFolderMissing(connection: Connection): RemoteError {
  return new RemoteError(
    'not-found',
    `The sync folder ${connection.folder.pathname} does not exist on ${connection.folder.host}; create it, or check the address in Sync settings.`,
    409,
  );
}

/** The MOVE of a written temporary file to `path`; what a 404 or 412 means is the caller's. */
function moveRequest(connection: Connection, temp: string, path: string, overwrite: 'T' | 'F', accept: number[]) {
  return {
    method: 'MOVE',
    url: resourceUrl(connection.folder, temp),
    action: `move ${path} into place`,
    headers: { Destination: resourceUrl(connection.folder, path), Overwrite: overwrite },
    accept,
  };
}

/**
 * MOVE with Overwrite: T. A 404 on a retry usually means an earlier try did move the file and
 * only its answer was lost; a destination of the size we wrote is taken as proof of that.
 */
async function moveIntoPlace(connection: Connection, temp: string, path: string, size: number): Promise<void> {
  const outcome = await exchange(
    connection,
    moveRequest(connection, temp, path, 'T', [404]),
    async (response, attempt) => {
      await discard(response);
      if (response.status !== 404) return 'moved';
      return attempt > 1 ? 'gone-on-a-retry' : 'vanished';
    },
  );
  if (outcome === 'moved') return;
  if (outcome === 'gone-on-a-retry' && (await sizeOf(connection, path)) === size) return;
  throw vanished(connection, path);
}

/**
 * MOVE with Overwrite: F, which a server refuses with 412 when a file is at `path` already: we
 * drop ours and answer false. A retry can meet our own file, moved by a try whose answer was
 * lost: a 404 (the temporary file is gone), or a 412 from a server that looks at the
 * destination first. So on a retry a file holding exactly our bytes is ours.
 *
 * What this cannot catch: a server that ignores Overwrite: F replaces the file and answers as
 * for a new one, and mod_dav_fs checks the destination and then rename(2)s over it, so two
 * MOVEs in the same instant can both succeed. So a caller reads the file back after creating it.
 */
async function moveIfAbsent(connection: Connection, temp: string, path: string, body: Uint8Array): Promise<boolean> {
  // 412 is otherwise a conflict worth retrying; here it is the answer.
  const request = moveRequest(connection, temp, path, 'F', [404, 412]);
  const { status, retried } = await exchange(connection, request, async (response, attempt) => {
    await discard(response);
    return { status: response.status, retried: attempt > 1 };
  });
  // Apache's mod_dav checks "absent" and renames as two steps: two MOVEs racing can both pass
  // the check, the later rename replacing the earlier file (seen in CI: both answered 201).
  // What is there after ours says who won; only a MOVE landing after that read can still fool
  // it, and a racer's check-to-rename gap is far shorter than our answer and read.
  if (status !== 404 && status !== 412) return holds(connection, path, body);
  if (status === 412) await dropTemp(connection, temp);
  if (retried && (await holds(connection, path, body))) return true;
  if (status === 404) throw vanished(connection, path);
  return false;
}

function vanished(connection: Connection, path: string): RemoteError {
  return new RemoteError(
    'conflict',
    `The file Backstory had just written to ${connection.folder.host} vanished before it could be moved to ${path}. Backstory will try again.`,
    404,
  );
}

/** Whether `path` holds exactly `body`, read back whole: only small files are created this way. */
async function holds(connection: Connection, path: string, body: Uint8Array): Promise<boolean> {
  try {
    const stored = await getFile(connection, path, body.byteLength);
    return stored !== undefined && stored.byteLength === body.byteLength && stored.every((byte, i) => byte === body[i]);
  } catch (error) {
    if (error instanceof RemoteError && error.kind === 'too-large') return false;
    throw error;
  }
}

/** The file's size from a HEAD, undefined when it is not there or the server does not say. */
async function sizeOf(connection: Connection, path: string): Promise<number | undefined> {
  const request = {
    method: 'HEAD',
    url: resourceUrl(connection.folder, path),
    action: `check that ${path} was written`,
    accept: [404],
  };
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
