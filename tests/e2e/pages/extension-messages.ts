import type { Page, Worker } from '@playwright/test';
import type { Settings } from '../../../lib/settings';
import { tabIdOf } from '../../support/extension';

interface ChromeApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void> } };
}

/**
 * What the extension itself does to a tab, driven from its service worker: the keyboard
 * commands' step, the reader's settings, and writes that bypass the background's checks
 * (records an older version or a broken import may have left in the store).
 */
export class ExtensionMessages {
  constructor(private readonly worker: Worker) {}

  /** The "next mention" / "previous mention" command, as the background sends it. */
  async step(page: Page, direction: 1 | -1): Promise<void> {
    const tabId = await tabIdOf(this.worker, page.url());
    await this.worker.evaluate(
      async ({ tabId, direction }) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        await chrome.tabs.sendMessage(tabId, { backstory: 1, type: 'page/step', request: { direction } });
      },
      { tabId, direction },
    );
  }

  async setSettings(changes: Partial<Omit<Settings, 'version'>>): Promise<void> {
    await this.worker.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      await chrome.storage.sync.set({ settings: { version: 1, ...settings } });
    }, changes);
  }

  /**
   * Writes records straight into the extension's IndexedDB ('backstory'), opened at
   * whatever version it has, as an older version or a hand-edited backup might have left them.
   */
  async writeRaw(table: string, records: object[]): Promise<void> {
    await this.worker.evaluate(
      async ({ table, records }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('backstory');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(table, 'readwrite');
          for (const record of records) tx.objectStore(table).put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { table, records },
    );
  }
}
