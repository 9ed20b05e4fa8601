import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Worker } from 'playwright-core';

/** Where `wxt build` puts the Chrome build. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export function assertExtensionBuilt(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No extension build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}

/** The extension's MV3 service worker; it may start before or after the context is returned. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 })
  );
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

interface TabsApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
}

/** The browser's tab id of a page, which the popup takes as `?tabId=`. */
export async function tabIdOf(worker: Worker, pageUrl: string): Promise<number> {
  const id = await worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id;
  }, pageUrl);
  if (id === undefined) throw new Error(`No tab has the URL ${pageUrl}`);
  return id;
}
