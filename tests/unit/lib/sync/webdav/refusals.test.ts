import { describe, expect, it } from 'vitest';
import { createWebDavRemote } from '@/lib/sync/webdav';
import { answerWith, htmlPage } from '../../../../support/webdav/fault-server';
import { faultBench } from './fault-setup';

const bytes = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;
const multistatus = (href: string, type = '<d:collection/>') => ({
  kind: 'answer' as const,
  status: 207,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>${href}</d:href><d:propstat><d:prop><d:resourcetype>${type}</d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`,
});

describe('the WebDAV client refuses, at once, answers no retry can fix', () => {
  const bench = faultBench();

  it('reports a wrong password as an auth error after one request', async () => {
    const remote = createWebDavRemote(
      { ...bench.account(), password: 'not the password' },
      { sleep: async (ms) => void bench.slept.push(ms) },
    );
    const error = await bench.failure(remote.list(''));
    expect([error.kind, error.status, error.retryable]).toEqual(['auth', 401, false]);
    expect(error.message).toMatch(/refused the user name or password \(401/);
    expect(bench.faults.requests).toHaveLength(1);
  });

  it('reports 403 as forbidden, naming what was refused', async () => {
    bench.faults.inject({ method: 'PUT', times: Infinity, fault: answerWith(403) });
    const error = await bench.failure(bench.client().put('backstory-sync/format.json', bytes('{}')));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toMatch(/does not let this account write backstory-sync\/format\.json \(403/);
    expect(bench.count('PUT')).toBe(1);
  });

  it('recognises an HTML page (a login page, a captive portal) as not WebDAV, whatever was asked', async () => {
    bench.faults.inject({ times: Infinity, fault: htmlPage() });
    const remote = bench.client();
    const calls = [
      () => remote.check(),
      () => remote.list(''),
      () => remote.get('format.json', 100),
      () => remote.put('x.chg', bytes('x')),
    ];
    for (const call of calls) {
      const error = await bench.failure(call());
      expect(error.kind).toBe('not-webdav');
      expect(error.message).toMatch(/answered with a web page when asked to .*: this address is not a WebDAV folder/);
    }
    expect(bench.slept).toEqual([]);
  });

  it('recognises a 207 that is not a multistatus, and a server that does not know PROPFIND', async () => {
    bench.faults.inject({
      method: 'PROPFIND',
      times: 1,
      fault: { kind: 'answer', status: 207, body: '<html><body>hello</body></html>' },
    });
    expect((await bench.failure(bench.client().list(''))).kind).toBe('not-webdav');
    bench.faults.inject({ method: 'PROPFIND', times: 1, fault: answerWith(405) });
    expect((await bench.failure(bench.client().check())).kind).toBe('not-webdav');
    expect(bench.count('PROPFIND')).toBe(2);
  });

  it('refuses a listing for another path than asked instead of calling the folder empty', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: 1, fault: multistatus('/some/other/path/') });
    const error = await bench.failure(bench.client().list('backstory-sync/devices'));
    expect(error.kind).toBe('not-webdav');
    expect(error.message).toMatch(/answered for a different path/);
  });

  it('tells the reader when the address is a file rather than a folder', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: 1, fault: multistatus('/', '') });
    const error = await bench.failure(bench.client().check());
    expect(error.kind).toBe('not-webdav');
    expect(error.message).toBe(
      `${bench.faults.url} is a file, not a folder; enter the address of the folder that should hold Backstory's sync files.`,
    );
  });

  it('refuses a 100 MB file from its Content-Length without reading it', async () => {
    bench.faults.inject({ method: 'GET', times: 1, fault: { kind: 'huge', bytes: 100 * MB, declareLength: true } });
    const error = await bench.failure(bench.client().get('huge.snap', 50 * MB));
    expect([error.kind, error.retryable]).toEqual(['too-large', false]);
    expect(error.message).toMatch(/it is 100 MB, over Backstory's limit of 50 MB/);
    expect(bench.faults.hugeBytesSent()).toBeLessThan(10 * MB);
    expect(bench.count('GET')).toBe(1);
  });

  it('stops reading a file with no Content-Length as soon as it passes the cap', async () => {
    bench.faults.inject({ method: 'GET', times: 1, fault: { kind: 'huge', bytes: 100 * MB, declareLength: false } });
    const error = await bench.failure(bench.client().get('huge.snap', 1 * MB));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/more than 1 MB/);
    expect(bench.faults.hugeBytesSent()).toBeLessThan(10 * MB);
    expect(bench.count('GET')).toBe(1);
  });

  it('reports a file the server finds too large to store (413) without retrying', async () => {
    bench.faults.inject({ method: 'PUT', times: Infinity, fault: answerWith(413) });
    const error = await bench.failure(bench.client().put('big.snap', bytes('x')));
    expect(error.kind).toBe('too-large');
    expect(bench.count('PUT')).toBe(1);
  });

  it('refuses addresses it cannot use before sending anything', () => {
    const refuse = (url: string) => {
      try {
        createWebDavRemote({ url, user: 'ana', password: 'secret' });
      } catch (error) {
        return error as Error;
      }
      throw new Error(`${url} was accepted`);
    };
    expect(refuse('ftp://files.example.org/')).toMatchObject({
      kind: 'bad-address',
      message: expect.stringMatching(/must start with https:\/\//),
    });
    expect(refuse('cloud.example.org/dav')).toMatchObject({ kind: 'bad-address' });
    const withPassword = refuse('https://ana:hunter2@cloud.example.org/dav/');
    expect(withPassword).toMatchObject({ kind: 'bad-address', message: expect.stringMatching(/in their own fields/) });
    expect(withPassword.message).not.toContain('hunter2');
    expect(refuse('https://cloud.example.org/dav/?token=1')).toMatchObject({ kind: 'bad-address' });
  });
});
