import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { RemoteError } from '@/lib/sync/remote';
import { createWebDavRemote, type WebDavAccount, type WebDavOptions, type WebDavRemote } from '@/lib/sync/webdav';
import { startFaultServer, type FaultServer, type SeenRequest } from '../../../../support/webdav/fault-server';
import { startMemoryServer, type WebDavTestServer } from '../../../../support/webdav/memory-server';

export interface FaultBench {
  backend: WebDavTestServer;
  faults: FaultServer;
  /** The waits the client asked for, in order. */
  slept: number[];
  /** The fault server's address with the backend's credentials. */
  account(): WebDavAccount;
  /** A client of the fault server; jitter pinned to the middle so waits are exact. */
  client(options?: WebDavOptions): WebDavRemote;
  /** The RemoteError `promise` rejects with; every one is checked for leaked secrets after the test. */
  failure(promise: Promise<unknown>): Promise<RemoteError>;
  count(method: string): number;
}

/** A fault proxy in front of an in-memory WebDAV server, fresh rules for each test. */
export function faultBench(): FaultBench {
  const errors: RemoteError[] = [];
  const bench = {
    slept: [] as number[],
    account: () => ({ url: bench.faults.url, user: bench.backend.user, password: bench.backend.password }),
    client: (options: WebDavOptions = {}) =>
      createWebDavRemote(bench.account(), {
        sleep: async (ms) => void bench.slept.push(ms),
        random: () => 0.5,
        timeoutMs: 5000,
        ...options,
      }),
    failure: async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(RemoteError);
      errors.push(error as RemoteError);
      return error as RemoteError;
    },
    count: (method: string) => bench.faults.requests.filter((request: SeenRequest) => request.method === method).length,
  } as FaultBench;

  beforeAll(async () => {
    bench.backend = await startMemoryServer();
    bench.faults = await startFaultServer(bench.backend.url);
  });
  afterAll(async () => {
    await bench.faults.close();
    await bench.backend.close();
  });
  beforeEach(() => {
    bench.faults.reset();
    bench.slept.length = 0;
  });
  afterEach(() => {
    const secrets = [
      bench.backend.password,
      btoa(String.fromCharCode(...new TextEncoder().encode(`${bench.backend.user}:${bench.backend.password}`))),
    ];
    for (const error of errors.splice(0)) {
      for (const secret of secrets) expect(error.message).not.toContain(secret);
    }
  });
  return bench;
}
