import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';
import { buildDictionary } from './dictionary';
import { ExtensionTab, type OurRun } from './extension-tab';
import { indexCacheBytes, storeContents, worldPackLoadedAt, type StoreContents } from './store-contents';
import { writeDictionary } from './store-writer';

/** Everything measured with one dictionary in the store. */
export interface DictionaryResult {
  /** Matchable aliases in the store, as counted there. */
  size: number;
  /** The store as installed (the starter and world packs), not a generated dictionary. */
  installed: boolean;
  withStarterPack: boolean;
  store: StoreContents;
  /** As installed: the world pack's row appeared this long after the worker started (no page open). */
  worldPackMs?: number;
  /** The first page load after the dictionary was written: the automaton is built then. */
  firstLoad?: OurRun;
  /** The mention index's cache once it settled: typed arrays and strings, in bytes. */
  indexCacheBytes?: number;
  /** Per page (same order as the page list): traced loads with the worker running. */
  warm: OurRun[][];
  /** Per page: loads right after the service worker was stopped. */
  cold: OurRun[][];
  demo?: { warm: OurRun[]; cold: OurRun[] };
}

export interface OurTargets {
  /** The unpacked extension to load: a copy of the build, which others may rebuild meanwhile. */
  extensionDir: string;
  pages: { url: string; repeats: number }[];
  demoUrl: string;
  /** For the demo article. */
  repeats: number;
}

/**
 * Measures the extension with `size` aliases in a fresh profile: the store is written
 * directly, the worker stopped so that it rebuilds from the store, and each page loaded
 * warm (traced) and cold. `size` undefined means the store as installed: the starter and
 * world packs, as the background writes them at first start.
 */
export async function measureDictionary(size: number | undefined, targets: OurTargets): Promise<DictionaryResult> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-bench-'));
  const { context, tab } = await launch(userDataDir, targets.extensionDir);
  try {
    const dictionary = size === undefined ? undefined : buildDictionary(size);
    const worldPackMs = dictionary ? undefined : await worldPackLoadedAt(tab.worker);
    await writeDictionary(tab.worker, dictionary);
    const store = await storeContents(tab.worker);
    await tab.stopWorker();
    const result: DictionaryResult = {
      size: store.matchable,
      installed: !dictionary,
      withStarterPack: dictionary?.withStarterPack ?? true,
      store,
      worldPackMs,
      warm: [],
      cold: [],
    };
    if (targets.pages.length) {
      result.firstLoad = await tab.load(targets.pages[0]!.url);
      // The first load built the index; the worker then writes its cache (megabytes at
      // 100,000 aliases) while the browser's storage settles. One untimed load of each page
      // lets that finish, so every dictionary is measured from the same steady state. (One
      // full run read 1.31x its 100-alias peer on the 500 KB page, measured right after the
      // build; a run of that page alone read 1.01x.)
      for (const { url } of targets.pages) await tab.load(url);
      result.indexCacheBytes = await indexCacheBytes(tab.worker);
      for (const { url, repeats } of targets.pages)
        result.warm.push(await repeat(repeats, () => tab.load(url, { trace: true, warm: true })));
      for (const { url, repeats } of targets.pages)
        result.cold.push(await repeat(repeats, () => coldLoad(tab, url, { heap: true })));
    }
    if (result.withStarterPack) {
      await tab.load(targets.demoUrl);
      // Traced, to tell the content script's start from the wait for the background.
      const warm = await repeat(targets.repeats, () => tab.load(targets.demoUrl, { warm: true, trace: true }));
      const cold = await repeat(targets.repeats, () => coldLoad(tab, targets.demoUrl, { trace: true }));
      result.demo = { warm, cold };
    }
    return result;
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/**
 * A fresh profile with the extension. On a loaded machine the service worker sometimes
 * misses the 10 s that extensionWorker allows to start; then the browser is launched again.
 */
export async function launch(
  userDataDir: string,
  extensionDir: string,
  attempts = 3,
): Promise<{ context: BrowserContext; tab: ExtensionTab }> {
  const context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions({ extensionDir }));
  try {
    return { context, tab: await ExtensionTab.open(context) };
  } catch (error) {
    await context.close();
    if (attempts <= 1) throw error;
    return launch(userDataDir, extensionDir, attempts - 1);
  }
}

async function coldLoad(tab: ExtensionTab, url: string, options: { heap?: boolean; trace?: boolean }): Promise<OurRun> {
  await tab.stopWorker();
  return tab.load(url, { ...options, cold: true });
}

export async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < times; i++) out.push(await run());
  return out;
}
