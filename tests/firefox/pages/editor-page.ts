import type { Page } from 'puppeteer-core';
import type { Result, StoreStatus } from '../../../lib/messaging/protocol';
import type { FirefoxWithExtension } from '../session';

const ROWS = 'ul[aria-label="Entities"] [data-entity-id]';

/** The editor (the extension's options page) in a tab of its own. */
export class EditorPage {
  private constructor(readonly page: Page) {}

  /** Opens the editor and waits until its list shows the store (reading thousands of records takes a moment). */
  static async open(firefox: FirefoxWithExtension): Promise<EditorPage> {
    const page = await firefox.openExtensionPage('options.html');
    await page.waitForSelector(ROWS, { timeout: 20_000 });
    return new EditorPage(page);
  }

  async rowIds(): Promise<string[]> {
    return this.page.$$eval(ROWS, (rows) => rows.map((row) => row.getAttribute('data-entity-id') ?? ''));
  }

  /** How many entities the list holds, as its "Select all N" says (it draws the first hundred). */
  async listedCount(): Promise<number> {
    const label = await this.page.$eval('label.select-all', (element) => element.textContent ?? '');
    return Number(label.replace(/\D/g, ''));
  }

  async search(query: string): Promise<void> {
    await this.page.locator('#entity-search').fill(query);
  }

  /** What the background says the store holds, asked from this page as the editor asks it. */
  async storeStatus(): Promise<StoreStatus> {
    const answer = (await this.page.evaluate(() => {
      const { browser } = globalThis as unknown as {
        browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return browser.runtime.sendMessage({ backstory: 1, type: 'store/status', request: {} });
    })) as Result<StoreStatus>;
    if (!answer.ok) throw new Error(`store/status: ${answer.error}`);
    return answer.value;
  }
}
