import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { v2 as webdav } from 'webdav-server';

export interface WebDavTestServer {
  /** The folder address to configure, ending in '/'. */
  url: string;
  user: string;
  password: string;
  close(): Promise<void>;
}

export interface Credentials {
  user: string;
  password: string;
}

/** Non-ASCII on both sides, a ':' in the password and a '/' in the Base64: the cases clients get wrong. */
export const TEST_CREDENTIALS: Credentials = { user: 'zoë', password: 'pässwörd ☂ 1:2?' };

/**
 * webdav-server 2.6's own Basic parser accepts only [A-Za-z0-9] Base64 and cuts the password at
 * a second ':', so some valid UTF-8 credentials fail against it though every real server takes
 * them. This reader follows RFC 7617 so the test server is not stricter than the world.
 */
class Rfc7617Basic implements webdav.HTTPAuthentication {
  constructor(private readonly users: webdav.SimpleUserManager) {}

  askForAuthentication(): Record<string, string> {
    return { 'WWW-Authenticate': 'Basic realm="Backstory test", charset="UTF-8"' };
  }

  getUser(ctx: webdav.HTTPRequestContext, callback: (error: Error, user?: webdav.IUser) => void): void {
    const fail = (error: Error) => this.users.getDefaultUser((user) => callback(error, user));
    const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(ctx.headers.find('Authorization') ?? '');
    if (!match?.[1]) return fail(webdav.Errors.MissingAuthorisationHeader);
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return fail(webdav.Errors.WrongHeaderFormat);
    this.users.getUserByNamePassword(decoded.slice(0, colon), decoded.slice(colon + 1), (error, user) => {
      if (error || !user) fail(webdav.Errors.BadAuthentication);
      else callback(null as unknown as Error, user);
    });
  }
}

/** The in-process webdav-server (v2), in memory, with one user who may do anything. */
export async function startMemoryServer(credentials: Credentials = TEST_CREDENTIALS): Promise<WebDavTestServer> {
  const users = new webdav.SimpleUserManager();
  const user = users.addUser(credentials.user, credentials.password, false);
  const privileges = new webdav.SimplePathPrivilegeManager();
  privileges.setRights(user, '/', ['all']);
  const server = new webdav.WebDAVServer({
    httpAuthentication: new Rfc7617Basic(users),
    privilegeManager: privileges,
    requireAuthentification: true,
    hostname: '127.0.0.1',
  });
  // Our own listener: webdav-server's start() takes port 0 for "no port given" and binds 1900,
  // which two test files running at once would both want.
  const http = createServer((request, response) => server.executeRequest(request, response));
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    ...credentials,
    close: () =>
      new Promise((done) => {
        http.closeAllConnections();
        http.close(() => done());
      }),
  };
}
