import { basicAuthorization } from '@/lib/sync/webdav/address';

export interface Account { url: string; user: string; password: string }

let folders = 0;

/** A folder of its own on a test server, made first as a reader would (the client never makes the configured folder itself). */
export async function freshFolder(server: Account): Promise<Account> {
  const url = `${server.url}sync-${process.pid}-${++folders}/`;
  const made = await fetch(url, { method: 'MKCOL', headers: { authorization: basicAuthorization(server.user, server.password) } });
  if (made.status !== 201) throw new Error(`MKCOL ${url} answered ${made.status}`);
  return { ...server, url };
}
