import type { Page, Worker } from '@playwright/test';
import type { ArticleInfo, Result } from '../../lib/messaging/protocol';
import { tabIdOf } from '../support/extension';

/** The article's date as the card reads it, against the gold's. */
export interface DateScore {
  expected: string | null;
  published: string | null;
  from: string | null;
  right: boolean;
}

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** The tab's `page/article` answer, asked of its content script as the card asks it. */
export async function askArticle(page: Page, worker: Worker): Promise<ArticleInfo> {
  const tabId = await tabIdOf(worker, page.url());
  const answer = (await worker.evaluate(async (tabId) => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    return chrome.tabs.sendMessage(tabId, { backstory: 1, type: 'page/article', request: {} });
  }, tabId)) as Result<ArticleInfo> | undefined;
  if (!answer?.ok) throw new Error(`page/article failed on ${page.url()}: ${answer ? answer.error : 'no answer'}`);
  return answer.value;
}

/** Right when the day is the gold's, or when both say the page gives no date. */
export function scoreDate(
  expected: string | null,
  article: Pick<ArticleInfo, 'published' | 'publishedFrom'>,
): DateScore {
  return { expected, published: article.published, from: article.publishedFrom, right: article.published === expected };
}
