import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redirectTo, startOtherHost } from '../../../../support/webdav/fault-server';
import { faultBench } from './fault-setup';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * fetch as a browser does it: a 'manual' redirect comes back opaque, status 0 and no Location
 * (Node's fetch shows the 3xx itself), so the client cannot read where it points.
 */
const browserFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (init?.redirect !== 'manual' || response.status < 300 || response.status >= 400) return response;
  await response.body?.cancel();
  const opaque = new Response(null, { status: 200 });
  Object.defineProperties(opaque, { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false } });
  return opaque;
};

describe('the WebDAV client never follows a redirect with credentials', () => {
  const bench = faultBench();
  let other: Awaited<ReturnType<typeof startOtherHost>>;

  beforeAll(async () => {
    other = await startOtherHost();
  });
  afterAll(() => other.close());
  beforeEach(() => {
    other.requests.length = 0;
  });

  it('refuses a redirect to another host, and that host hears nothing at all', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: Infinity, fault: redirectTo(`${other.url}dav/`) });
    const error = await bench.failure(bench.client().check());
    expect([error.kind, error.retryable]).toEqual(['redirect', false]);
    expect(error.message).toContain(`redirects to ${new URL(other.url).origin}, a different address`);
    expect(bench.count('PROPFIND')).toBe(1);
    expect(other.requests).toEqual([]);
  });

  it('does not carry a file to another host on a 307 either', async () => {
    bench.faults.inject({ method: 'PUT', times: Infinity, fault: redirectTo(`${other.url}upload`, 307) });
    const error = await bench.failure(bench.client().put('format.json', bytes('{"secret":"notes"}')));
    expect(error.kind).toBe('redirect');
    expect(bench.count('PUT')).toBe(1);
    expect(other.requests).toEqual([]);
  });

  it('in a browser, where a redirect hides its target, finds it by asking again without credentials', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: Infinity, fault: redirectTo(`${other.url}dav/`) });
    const error = await bench.failure(bench.client({ fetch: browserFetch }).check());
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain(`redirects to ${new URL(other.url).origin}`);
    expect(other.requests.map((request) => [request.method, request.path, request.authorization])).toEqual([
      ['PROPFIND', '/dav/', undefined],
    ]);
    expect(bench.faults.requests.filter((request) => request.authorization === undefined)).toHaveLength(1);
  });

  it('during a sync, reports a browser-hidden redirect without probing it', async () => {
    bench.faults.inject({ method: 'GET', times: Infinity, fault: redirectTo(`${other.url}file`) });
    const error = await bench.failure(bench.client({ fetch: browserFetch }).get('format.json', 100));
    expect(error.message).toMatch(/answered with a redirect when asked to read format\.json\. Use "Test connection"/);
    expect(other.requests).toEqual([]);
  });

  it('names the new address of a folder that moved on the same server', async () => {
    bench.faults.inject({ method: 'PROPFIND', times: Infinity, fault: redirectTo('/moved/here/?session=abc', 301) });
    const error = await bench.failure(bench.client().check());
    expect(error.message).toBe(
      `${new URL(bench.faults.url).host} redirects to ${new URL(bench.faults.url).origin}/moved/here/; enter that address in Sync settings.`,
    );
  });
});
