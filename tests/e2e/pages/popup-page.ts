import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The toolbar popup, opened as a page of its own and pointed at one tab with `?tabId=`. */
export class PopupPage {
  /** The "On this page" rows: one per entity the tab's content script has marked. */
  readonly rows: Locator;

  private constructor(readonly page: Page) {
    this.rows = page.getByRole('list', { name: 'Mentions on this page' }).locator('[data-mention-count]');
  }

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return new PopupPage(page);
  }

  row(entityId: string): Locator {
    return this.rows.and(this.page.locator(`[data-entity-id="${entityId}"]`));
  }

  /** Search results, each carrying `data-result-id`. */
  result(entityId: string): Locator {
    return this.page.getByRole('list', { name: 'Search results' }).locator(`[data-result-id="${entityId}"]`);
  }

  async mentionCount(entityId: string): Promise<number> {
    return Number(await this.row(entityId).getAttribute('data-mention-count'));
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search your store' }).fill(query);
  }

  /** Opens the editor of an entity listed under "On this page". */
  async editFromPageList(entityId: string): Promise<void> {
    await this.page
      .getByRole('listitem')
      .filter({ has: this.page.locator(`[data-entity-id="${entityId}"][data-mention-count]`) })
      .getByRole('button', { name: /^Edit / })
      .click();
    await this.editorReady();
  }

  /** Finds an entity with "Search your store" and opens its editor. */
  async editFromSearch(query: string, entityId: string): Promise<void> {
    await this.search(query);
    await this.result(entityId).click();
    await this.editorReady();
  }

  private async editorReady(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add alias' }).waitFor();
  }

  /** Adds an alias in the open editor; it is saved at once. */
  async addAlias(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Add alias', exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Add alias' }).click();
    await this.page.getByRole('button', { name: `Remove alias ${text}` }).waitFor();
  }

  /** Adds a note in the open editor and waits until it is listed as saved. */
  async addNote(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New note' }).fill(text);
    await this.page.getByRole('button', { name: 'Add note' }).click();
    await this.page.getByRole('region', { name: 'Notes' }).getByText(text).waitFor();
  }
}
