import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../session';

const ROWS = 'ul[aria-label="Mentions on this page"] [data-mention-count]';

/** The toolbar popup, opened in a tab of its own and pointed at one tab with `?tabId=`. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  /** The popup for the tab showing `page`, as the toolbar button would open it there. */
  static async openFor(firefox: FirefoxWithExtension, page: Page): Promise<PopupPage> {
    const tabId = await firefox.tabIdOf(page.url());
    return new PopupPage(await firefox.openExtensionPage(`popup.html?tabId=${tabId}`));
  }

  /** The entity ids listed under "On this page", in their order. */
  async listedEntityIds(): Promise<string[]> {
    return this.page.$$eval(ROWS, (rows) => rows.map((row) => row.getAttribute('data-entity-id') ?? ''));
  }

  /** The mention count the row of `entityId` shows, and its text; undefined while it is not listed. */
  async row(entityId: string): Promise<{ count: number; text: string } | undefined> {
    return this.page.$$eval(
      ROWS,
      (rows, id) => {
        const row = rows.find((candidate) => candidate.getAttribute('data-entity-id') === id);
        return row && { count: Number(row.getAttribute('data-mention-count')), text: (row as HTMLElement).innerText };
      },
      entityId,
    );
  }

  /** Finds an entity with "Search your store" and opens its editor. */
  async editFromSearch(query: string, entityId: string): Promise<void> {
    await this.page.locator('input[type="search"]').fill(query);
    await this.page.locator(`ul[aria-label="Search results"] [data-result-id="${entityId}"]`).click();
    await this.page.waitForSelector('input[aria-label="Add alias"]', { timeout: 10_000 });
  }

  /** Adds an alias in the open editor; it is saved at once, and listed when saved. */
  async addAlias(text: string): Promise<void> {
    await this.page.locator('input[aria-label="Add alias"]').fill(text);
    // Enter in the field, as a reader who has just typed: in the popup's 800x600 tab the form's
    // sticky footer covers the Add alias button once puppeteer has scrolled it into view.
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`button[aria-label="Remove alias ${text}"]`, { timeout: 10_000 });
  }
}
