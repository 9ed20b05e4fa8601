import { RemoteError, type Remote, type RemoteEntry } from '../remote';
import { connect, type Connection, type WebDavAccount, type WebDavOptions } from './connection';
import { createFile, getFile, putFile, removeFile } from './files';
import { propfind, visibleName } from './listing';

export type { WebDavAccount, WebDavOptions } from './connection';
export type { RetryPolicy } from './retry';
export { DEFAULT_RETRY } from './retry';

/** A Remote over WebDAV, plus the check the Sync settings run before the first sync. */
export interface WebDavRemote extends Remote {
  /**
   * Resolves when the configured address is a WebDAV folder these credentials can open; else
   * throws a RemoteError whose kind says what is wrong ('auth', 'not-found', 'not-webdav',
   * 'redirect' naming where it points, 'network'...) and whose message says what to change.
   */
  check(): Promise<void>;
}

/**
 * The WebDAV client (see ../README.md). Throws a 'bad-address' RemoteError at once when the
 * address is not usable; every other failure comes as a RemoteError from the call that met it.
 */
export function createWebDavRemote(account: WebDavAccount, options: WebDavOptions = {}): WebDavRemote {
  const connection = connect(account, options);
  return {
    list: async (dir) => (await listChildren(connection, dir, false)).map(({ name, size }) => ({ name, size })),
    listFolders: async (dir) => (await listChildren(connection, dir, true)).map(({ name }) => name),
    get: (path, maxBytes) => getFile(connection, path, maxBytes),
    put: (path, body) => putFile(connection, path, body),
    create: (path, body) => createFile(connection, path, body),
    remove: (path) => removeFile(connection, path),
    check: () => checkFolder(connection),
  };
}

async function listChildren(connection: Connection, dir: string, folders: boolean): Promise<RemoteEntry[]> {
  const listing = await propfind(connection, dir, '1', dir ? `list the folder ${dir}` : 'list the sync folder');
  return (listing?.children ?? []).flatMap((entry) => {
    const name = entry.collection === folders ? visibleName(entry) : undefined;
    return name === undefined ? [] : [{ name, size: entry.size }];
  });
}

async function checkFolder(connection: Connection): Promise<void> {
  const listing = await propfind(connection, '', '0', 'open the sync folder');
  if (listing && !listing.self.collection) {
    throw new RemoteError(
      'not-webdav',
      `${connection.folder.href} is a file, not a folder; enter the address of the folder that should hold Backstory's sync files.`,
    );
  }
}
