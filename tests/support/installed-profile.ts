import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Worker } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';
import { EXTENSION_DIR, extensionWorker } from './extension';

/**
 * A browser profile in which the built extension is installed and has loaded its bundled
 * packs: what a reader has a minute after installing it. The world pack's tens of thousands
 * of records take seconds to write, so the tests make one such profile per build and start
 * every browser from a copy of it, rather than paying for the install in every test.
 */
export async function installedProfileTemplate(): Promise<string> {
  const dir = join(tmpdir(), `backstory-installed-${buildStamp()}`);
  if (existsSync(join(dir, 'Default'))) return dir;
  const making = await mkdtemp(join(tmpdir(), 'backstory-installing-'));
  const context = await chromium.launchPersistentContext(
    making,
    chromiumLaunchOptions({ extensionDir: EXTENSION_DIR }),
  );
  try {
    const worker = await extensionWorker(context);
    await waitForBundledPacks(worker);
    await waitForCurrentIndexCache(worker);
    await worker.evaluate(forgetDeviceId);
  } finally {
    await context.close();
  }
  // Another run may have made it meanwhile: either copy is as good.
  await rename(making, dir).catch(() => rm(making, { recursive: true, force: true }));
  return dir;
}

/** A fresh copy of the installed profile, for one browser. */
export async function copyOfInstalledProfile(template: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-e2e-'));
  await cp(template, dir, { recursive: true });
  return dir;
}

/** The build's identity: a new build (new code or packs), or a new way of making the profile, gets a new profile. */
function buildStamp(): string {
  const hash = createHash('sha256');
  hash.update(EXTENSION_DIR);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const file of ['manifest.json', 'background.js']) hash.update(readFileSync(join(EXTENSION_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/** Waits until the store holds every bundled pack at its version, read from the extension's own IndexedDB. */
export async function waitForBundledPacks(worker: Worker, timeoutMs = 120_000): Promise<void> {
  const expected = bundledPackVersions();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loaded = await worker.evaluate(readPackVersions);
    if (Object.entries(expected).every(([id, version]) => loaded[id] === version)) return;
    if (Date.now() > deadline)
      throw new Error(`The bundled packs did not load within ${timeoutMs} ms: ${JSON.stringify(loaded)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Waits until the mention index cached in the store is that of the store as it is. A reader's
 * worker writes it a moment after the last pack is in; a profile closed before that would start
 * every test's browser from an older index, and re-mark its first page when the new one is built.
 */
export async function waitForCurrentIndexCache(worker: Worker, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Under tsx (the bench scripts) a named helper inside is wrapped in a `__name` the worker lacks.
  const check = `(() => { const __name = (f) => f; return (${indexCacheIsCurrent.toString()})(); })()`;
  while (!(await worker.evaluate<boolean>(check))) {
    if (Date.now() > deadline)
      throw new Error(`The mention index was not cached within ${timeoutMs} ms of the packs loading`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs in the service worker: whether the cached index's key is the store's freshness stamp (see lib/store/freshness.ts). */
async function indexCacheIsCurrent(): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const read = (store: string, key: string) =>
    new Promise<{ key?: unknown; value?: unknown } | undefined>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result as { key?: unknown; value?: unknown } | undefined);
      request.onerror = () => reject(request.error);
    });
  try {
    const [stamp, cache] = await Promise.all([read('meta', 'matchable-stamp'), read('cache', 'mention-index')]);
    return typeof stamp?.value === 'string' && cache?.key === stamp.value;
  } finally {
    db.close();
  }
}

export function bundledPackVersions(): Record<string, number> {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../lib/packs/${file}`, import.meta.url), 'utf8')) as {
      id: string;
      version: number;
    };
  const packs = [read('starter-pack.json'), read('world-pack.meta.json')];
  return Object.fromEntries(packs.map((pack) => [pack.id, pack.version]));
}

/**
 * Runs in the service worker (or in an extension page, as the Firefox suite runs it): the pack
 * rows of the store, without going through the extension's code.
 */
export async function readPackVersions(): Promise<Record<string, number>> {
  // Opening a database that does not exist yet would create it empty, under the extension's feet.
  if (!(await indexedDB.databases()).some((info) => info.name === 'backstory')) return {};
  const db = await new Promise<IDBDatabase | undefined>((resolve) => {
    const open = indexedDB.open('backstory');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(undefined);
  });
  if (!db || !db.objectStoreNames.contains('packs')) {
    db?.close();
    return {};
  }
  const rows = await new Promise<{ id: string; version: number; removedAt?: number }[]>((resolve) => {
    const request = db.transaction('packs').objectStore('packs').getAll();
    request.onsuccess = () => resolve(request.result as { id: string; version: number }[]);
    request.onerror = () => resolve([]);
  });
  db.close();
  return Object.fromEntries(rows.map((row) => [row.id, row.version]));
}

/**
 * Runs in the service worker: drops the store's device id, so that each copy of the profile
 * makes its own when its store opens. Two browsers of one reader are two devices; copies that
 * shared one id would each take the other's sync files for their own and skip them.
 */
async function forgetDeviceId(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('meta', 'readwrite');
    transaction.objectStore('meta').delete('device');
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}
