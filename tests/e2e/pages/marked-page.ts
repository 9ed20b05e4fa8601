import type { Page, Worker } from '@playwright/test';
import type { PageStats, Result } from '../../../lib/messaging/protocol';
import { tabIdOf } from '../../support/extension';
import { evaluateIsolated } from './isolated-world';

/** One range of a `backstory-*` highlight, read from a world the page's scripts cannot touch. */
export interface HighlightRange {
  kind: string;
  text: string;
  /** Collapsed, or its text has left the document: a mark a reader could never see. */
  stale: boolean;
}

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/**
 * Any page open in a browser with Backstory, seen through what a reader notices (its marks,
 * whether it still responds) and what the content script reports of its own work.
 */
export class MarkedPage {
  private tabId: number | undefined;

  constructor(
    readonly page: Page,
    private readonly worker: Worker,
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    this.tabId = await tabIdOf(this.worker, this.page.url());
  }

  /** The content script's `page/stats`, or undefined while it is not there to answer yet. */
  async stats(): Promise<PageStats | undefined> {
    this.tabId ??= await tabIdOf(this.worker, this.page.url());
    const answer = (await this.worker.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as { chrome: TabsApi };
      return chrome.tabs.sendMessage(tabId, { backstory: 1, type: 'page/stats', request: {} }).catch(() => undefined);
    }, this.tabId)) as Result<PageStats> | undefined;
    return answer?.ok ? answer.value : undefined;
  }

  /**
   * Waits until marking has settled: the content script has finished at least one scan and
   * neither its mention count nor its number of work slices has moved for `quietMs`.
   */
  async waitUntilSettled({ quietMs = 600, timeout = 15_000 } = {}): Promise<PageStats> {
    const deadline = Date.now() + timeout;
    let last = '';
    let since = Date.now();
    for (;;) {
      const stats = await this.stats();
      const now = Date.now();
      const key = stats && stats.slices > 0 ? `${stats.mentionCount}/${stats.slices}` : '';
      if (key !== last) [last, since] = [key, now];
      else if (stats && key && now - since >= quietMs) return stats;
      if (now > deadline)
        throw new Error(
          `Marking on ${this.page.url()} did not settle within ${timeout} ms (last stats: ${last || 'none'})`,
        );
      await this.page.waitForTimeout(100);
    }
  }

  /** Waits until a scan of the whole page has been painted, not only the marks in view that come first. */
  async waitForWholePage(timeout = 15_000): Promise<PageStats> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const stats = await this.stats();
      if (typeof stats?.wholePagePaintedAt === 'number') return stats;
      if (Date.now() > deadline) throw new Error(`The whole of ${this.page.url()} was not marked within ${timeout} ms`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Whether the page's own main thread answers a trivial script within `withinMs`. */
  async responds(withinMs = 2_000): Promise<boolean> {
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), withinMs));
    return Promise.race([this.page.evaluate(() => 1 + 1).then((two) => two === 2), timeout]);
  }

  async highlightRanges(): Promise<HighlightRange[]> {
    return evaluateIsolated(
      this.page,
      () =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('backstory-'))
          .flatMap(([name, highlight]) =>
            [...highlight].map((range) => ({
              kind: name.slice('backstory-'.length),
              text: String(range),
              stale: range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected,
            })),
          ),
      undefined,
    );
  }

  async markedTexts(): Promise<string[]> {
    return (await this.highlightRanges()).map((range) => range.text);
  }
}
