import { type Remote, type RemoteEntry, RemoteError, type RemoteErrorKind } from '@/lib/sync/remote';

export type RemoteOperation = 'list' | 'listFolders' | 'get' | 'put' | 'create' | 'remove';

/** The status a real server would have answered with, so tests of messages see realistic errors. */
const STATUS: Partial<Record<RemoteErrorKind, number>> = {
  auth: 401,
  forbidden: 403,
  conflict: 423,
  server: 503,
  'too-large': 413,
};

interface Failure {
  operation: RemoteOperation;
  kind: RemoteErrorKind;
  left: number;
  /** The operation takes effect on the server, then the answer is lost on the way back. */
  afterEffect: boolean;
}

/**
 * A remote folder in memory, for the sync engine's tests. Like the WebDAV client, a put
 * lands whole or not at all, a create lands only where no file is yet, and a get refuses
 * files over `maxBytes`. A test scripts faults (failures of the next calls, a server that
 * stops, truncated answers, files changed on the server) and reads counters of calls and
 * bytes. Two engines may share one instance to play two browsers.
 */
export class MemoryRemote implements Remote {
  /** Path → bytes; a test may read and set it directly. */
  readonly files = new Map<string, Uint8Array>();
  readonly calls: Record<RemoteOperation, number> = { list: 0, listFolders: 0, get: 0, put: 0, create: 0, remove: 0 };
  /** Every call in order, as "put backstory-sync/format.json". */
  readonly log: string[] = [];
  /** Request bodies, counted even when the server then fails: the bytes went out. */
  bytesSent = 0;
  bytesReceived = 0;
  private failures: Failure[] = [];
  private answersLeft = Infinity;
  private truncations: number[] = [];
  private hooks: { operation: RemoteOperation; action: () => void | Promise<void> }[] = [];

  /** The next `count` calls of `operation` fail with `kind`; with `afterEffect` they take effect first. */
  failNext(
    operation: RemoteOperation,
    kind: RemoteErrorKind,
    options: { count?: number; afterEffect?: boolean } = {},
  ): this {
    this.failures.push({ operation, kind, left: options.count ?? 1, afterEffect: options.afterEffect ?? false });
    return this;
  }

  /** The server answers `calls` more calls, then stops: every later call fails as 'network' and changes nothing. */
  stopAfter(calls: number): this {
    this.answersLeft = calls;
    return this;
  }

  restart(): this {
    this.answersLeft = Infinity;
    return this;
  }

  /** The next get answers only the first `keepBytes` bytes of the file, as a cut connection would. */
  truncateNextGet(keepBytes: number): this {
    this.truncations.push(keepBytes);
    return this;
  }

  /** Runs `action` when the next call of `operation` arrives, before it is served (another device's write, say). */
  beforeNext(operation: RemoteOperation, action: () => void | Promise<void>): this {
    this.hooks.push({ operation, action });
    return this;
  }

  /** Changes a stored file as someone with access to the server could. */
  corrupt(path: string, change: (bytes: Uint8Array) => Uint8Array): void {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`MemoryRemote: no file ${path} to corrupt`);
    this.files.set(path, change(new Uint8Array(bytes)));
  }

  flipByte(path: string, index: number): void {
    this.corrupt(path, (bytes) => {
      bytes[index] = (bytes[index] as number) ^ 0xff;
      return bytes;
    });
  }

  async list(dir: string): Promise<RemoteEntry[]> {
    await this.serve('list', dir, 0);
    return this.childrenOf(dir)
      .filter(([rest]) => !rest.includes('/'))
      .map(([name, bytes]) => ({ name, size: bytes.byteLength }));
  }

  async listFolders(dir: string): Promise<string[]> {
    await this.serve('listFolders', dir, 0);
    const folders = this.childrenOf(dir)
      .filter(([rest]) => rest.includes('/'))
      .map(([rest]) => rest.split('/')[0] as string);
    return [...new Set(folders)];
  }

  async get(path: string, maxBytes: number): Promise<Uint8Array | undefined> {
    await this.serve('get', path, 0);
    const stored = this.files.get(path);
    if (!stored) return undefined;
    if (stored.byteLength > maxBytes)
      throw new RemoteError('too-large', `${path} is ${stored.byteLength} bytes, over the cap of ${maxBytes}`, 413);
    const keep = this.truncations.shift() ?? stored.byteLength;
    const answer = stored.slice(0, keep);
    this.bytesReceived += answer.byteLength;
    return answer;
  }

  async put(path: string, body: Uint8Array): Promise<void> {
    // A copy: the server holds what was sent, whatever the caller does with its buffer afterwards.
    const copy = new Uint8Array(body);
    await this.serve('put', path, body.byteLength, () => this.files.set(path, copy));
  }

  /** Check and write happen in one step, so of two creates racing for a path exactly one lands. */
  async create(path: string, body: Uint8Array): Promise<boolean> {
    const copy = new Uint8Array(body);
    let created = false;
    await this.serve('create', path, body.byteLength, () => {
      created = !this.files.has(path);
      if (created) this.files.set(path, copy);
    });
    return created;
  }

  async remove(path: string): Promise<void> {
    await this.serve('remove', path, 0, () => this.files.delete(path));
  }

  private childrenOf(dir: string): [string, Uint8Array][] {
    const prefix = dir.replace(/\/+$/, '') ? `${dir.replace(/\/+$/, '')}/` : '';
    return [...this.files]
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, bytes]) => [path.slice(prefix.length), bytes]);
  }

  /** Counts the call, runs a hook, then fails or applies `effect` as the script says. */
  private async serve(operation: RemoteOperation, path: string, sent: number, effect?: () => void): Promise<void> {
    this.calls[operation] += 1;
    this.log.push(`${operation} ${path}`);
    this.bytesSent += sent;
    const hook = this.hooks.findIndex((h) => h.operation === operation);
    if (hook >= 0) await this.hooks.splice(hook, 1)[0]?.action();
    await Promise.resolve();
    if (this.answersLeft <= 0) throw new RemoteError('network', `The server did not answer ${operation} ${path}`);
    this.answersLeft -= 1;
    const failure = this.takeFailure(operation);
    if (failure?.afterEffect) effect?.();
    if (failure)
      throw new RemoteError(
        failure.kind,
        `Scripted ${failure.kind} failure of ${operation} ${path}`,
        STATUS[failure.kind],
      );
    effect?.();
  }

  private takeFailure(operation: RemoteOperation): Failure | undefined {
    const failure = this.failures.find((f) => f.operation === operation);
    if (!failure) return undefined;
    failure.left -= 1;
    if (failure.left <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
    return failure;
  }
}
