import { readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';

/** What the extension's store holds, read from its IndexedDB inside the service worker. */
export interface StoreContents {
  /** Live (not tombstoned) entities and aliases. */
  entities: number;
  aliases: number;
  /** Entity names plus aliases: what the matcher is built from, counted as Dictionary.size is. */
  matchable: number;
  /** navigator.storage.estimate().usage for the extension's origin: the store on disk, mostly. */
  bytes: number;
}

interface StoreReading {
  /** ms since the service worker started (its performance.now()). */
  at: number;
  /** Version of each pack row that is not removed. */
  packs: Record<string, number>;
  counts?: Omit<StoreContents, 'matchable'>;
}

const WORLD_PACK = JSON.parse(
  readFileSync(new URL('../../lib/packs/world-pack.meta.json', import.meta.url), 'utf8'),
) as { id: string; version: number };
const POLL_MS = 50;

/**
 * Runs inside the service worker, with the raw API (worker.evaluate cannot import our
 * modules). Opens the store only once the extension has created it: opening it first would
 * create it empty, under the extension's feet.
 */
async function readStore(withCounts: boolean): Promise<StoreReading> {
  if (!(await indexedDB.databases()).some((info) => info.name === 'backstory'))
    return { at: performance.now(), packs: {} };
  const db = await new Promise<IDBDatabase | undefined>((resolve) => {
    const open = indexedDB.open('backstory');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(undefined);
  });
  if (!db?.objectStoreNames.contains('packs')) {
    db?.close();
    return { at: performance.now(), packs: {} };
  }
  // No named helper functions in here: tsx would wrap them in a `__name` the worker lacks.
  const tables = withCounts ? ['packs', 'entities', 'aliases'] : ['packs'];
  const [rows, entities, aliases] = await Promise.all(
    tables.map(
      (table) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  const at = performance.now();
  const packs = Object.fromEntries(
    rows!.filter((row) => row.removedAt === undefined).map((row) => [row.id as string, row.version as number]),
  );
  const counts = !withCounts
    ? undefined
    : {
        entities: entities!.filter((r) => r.deletedAt === undefined).length,
        aliases: aliases!.filter((r) => r.deletedAt === undefined).length,
        bytes: (await navigator.storage.estimate()).usage ?? Number.NaN,
      };
  db.close();
  return { at, packs, counts };
}

export async function storeContents(worker: Worker): Promise<StoreContents> {
  const { counts } = await worker.evaluate(readStore, true);
  return { ...counts!, matchable: counts!.entities + counts!.aliases };
}

/**
 * When the world pack's row appeared, in ms after the service worker started: the pack's
 * last step writes it, so this is how long the world pack took to load from the worker's
 * start. Polled every 50 ms, each reading timed in the worker.
 */
export async function worldPackLoadedAt(worker: Worker, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reading = await worker.evaluate(readStore, false);
    if (reading.packs[WORLD_PACK.id] === WORLD_PACK.version) return reading.at;
    if (Date.now() > deadline) throw new Error(`The world pack did not load within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Runs inside the service worker: the mention index's cached record, its typed arrays and strings counted in bytes. */
async function readIndexCacheBytes(): Promise<number> {
  const db = await new Promise<IDBDatabase | undefined>((resolve) => {
    const open = indexedDB.open('backstory');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(undefined);
  });
  if (!db?.objectStoreNames.contains('cache')) {
    db?.close();
    return Number.NaN;
  }
  const record = await new Promise<unknown>((resolve) => {
    const request = db.transaction('cache').objectStore('cache').get('mention-index');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
  db.close();
  // No named helper functions in here (see readStore): a stack instead of recursion.
  let bytes = 0;
  const stack: unknown[] = [(record as { value?: unknown } | undefined)?.value];
  while (stack.length) {
    const value = stack.pop();
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (typeof value === 'string') bytes += value.length * 2;
    else if (typeof value === 'number') bytes += 8;
    else if (value && typeof value === 'object') stack.push(...Object.values(value));
  }
  return bytes;
}

/** The size of the mention index's cache in the store: what a woken worker reads instead of rebuilding. */
export async function indexCacheBytes(worker: Worker): Promise<number> {
  return worker.evaluate(readIndexCacheBytes);
}
