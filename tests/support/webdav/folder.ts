import { basicAuthorization } from '../../../lib/sync/webdav/address';

export interface Account {
  url: string;
  user: string;
  password: string;
}

let folders = 0;

/**
 * A folder of its own on a test server (`name`, or a fresh one), made first as a reader would
 * have made it: the client never makes the configured folder itself.
 */
export async function makeFolder(server: Account, name = `sync-${process.pid}-${++folders}`): Promise<Account> {
  const url = `${server.url}${name}/`;
  const made = await fetch(url, {
    method: 'MKCOL',
    headers: { authorization: basicAuthorization(server.user, server.password) },
  });
  if (made.status !== 201) throw new Error(`MKCOL ${url} answered ${made.status}`);
  return { ...server, url };
}
