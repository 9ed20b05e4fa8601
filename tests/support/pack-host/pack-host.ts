import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const PACKS = fileURLToPath(new URL('../../fixtures/packs/', import.meta.url));

export interface PackHostRequest {
  method: string;
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  cookie?: string;
  status: number;
}

export interface PackHost {
  /** `http://127.0.0.1:PORT`; the pack is at `${url}${PACK_PATH}`. */
  url: string;
  /** Every request it answered, oldest first. */
  requests: PackHostRequest[];
  /** From now on the pack's address serves this file of tests/fixtures/packs, with its own ETag. */
  serve(fileName: string): void;
  close(): Promise<void>;
}

export const PACK_PATH = '/newsroom/sahel-desk.json';

/**
 * A newsroom's pack host on loopback, as a static file server answers: an ETag from the file's
 * content, a Last-Modified from when it was put up, 304 to a request that names either.
 */
export async function startPackHost(first: string): Promise<PackHost> {
  let file = { body: Buffer.alloc(0), etag: '', lastModified: '' };
  const serve = (fileName: string) => {
    const body = readFileSync(`${PACKS}${fileName}`);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    file = { body, etag, lastModified: new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString() };
  };
  serve(first);
  const requests: PackHostRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    const ifNoneMatch = request.headers['if-none-match'];
    const logged = (status: number) =>
      requests.push({
        method: request.method ?? '',
        path,
        status,
        ifNoneMatch,
        ifModifiedSince: request.headers['if-modified-since'],
        cookie: request.headers.cookie,
      });
    if (request.method !== 'GET' || path !== PACK_PATH) {
      logged(404);
      return void response.writeHead(404).end();
    }
    const headers = { ETag: file.etag, 'Last-Modified': file.lastModified };
    if (ifNoneMatch === file.etag) {
      logged(304);
      return void response.writeHead(304, headers).end();
    }
    logged(200);
    response
      .writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Content-Length': file.body.length })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    serve,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
