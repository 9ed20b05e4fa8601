import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { ArticleInfo, Result } from '../../../lib/messaging/protocol';
import type { EntitySummary } from '../../../lib/store/views';
import { askStore } from './store-messages';

/** What the background puts in capture.html's query (lib/capture/capture-query.ts). */
export interface CaptureQuery {
  mode: 'entity' | 'fact';
  text: string;
  url?: string;
  title?: string;
  published?: string;
  tabId?: number;
}

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/**
 * The "add selection" form, opened as a page of its own with the query the context menu
 * or keyboard command would give it: the form is the same either way.
 */
export class CapturePage {
  readonly status: Locator;
  readonly error: Locator;
  readonly notices: Locator;

  private constructor(readonly page: Page) {
    this.status = page.getByRole('status');
    this.error = page.getByRole('alert');
    this.notices = page.locator('.notice');
  }

  static async open(context: BrowserContext, extensionId: string, query: CaptureQuery): Promise<CapturePage> {
    const params = new URLSearchParams(
      Object.entries(query)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, String(value)]),
    );
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/capture.html?${params}`);
    return new CapturePage(page);
  }

  /** What the content script of tab `tabId` says about its article, as the background asks it. */
  static async articleOf(worker: Worker, tabId: number): Promise<ArticleInfo> {
    const answer = (await worker.evaluate((id) => {
      const { chrome } = globalThis as unknown as { chrome: TabsApi };
      return chrome.tabs.sendMessage(id, { backstory: 1, type: 'page/article', request: {} });
    }, tabId)) as Result<ArticleInfo>;
    if (!answer.ok) throw new Error(`The tab did not describe its article: ${answer.error}`);
    return answer.value;
  }

  field(label: 'Name' | 'Kind' | 'Summary' | 'Fact' | 'Date'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Chooses the entity a fact is about from the tab's own entities. */
  async chooseFromPage(name: string): Promise<void> {
    await this.page.getByRole('list', { name: 'On that page' }).getByRole('button', { name }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  /** Searches the store the way the popup does, from this extension page. */
  async searchStore(query: string): Promise<EntitySummary[]> {
    return askStore(this.page, 'entities/search', { query });
  }
}
