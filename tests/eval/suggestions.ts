import type { Page, Worker } from '@playwright/test';
import type { Result, UnknownName } from '../../lib/messaging/protocol';
import { tabIdOf } from '../support/extension';
import type { GoldSuggestions } from './gold';

/** How many of "Not yet in your store" the eval judges: the first screenful a reader looks at. */
export const TOP_SUGGESTIONS = 10;

export interface SuggestionScore {
  shown: string[];
  good: number;
  bad: number;
  /** Shown names the gold puts in neither list. */
  other: number;
}

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** The tab's "Not yet in your store" list, asked of its content script as the popup asks it. */
export async function askSuggestions(page: Page, worker: Worker, limit = TOP_SUGGESTIONS): Promise<string[]> {
  const tabId = await tabIdOf(worker, page.url());
  const answer = (await worker.evaluate(
    async ({ tabId, limit }) => {
      const { chrome } = globalThis as unknown as { chrome: TabsApi };
      return chrome.tabs.sendMessage(tabId, { backstory: 1, type: 'page/unknown-names', request: { limit } });
    },
    { tabId, limit },
  )) as Result<UnknownName[]> | undefined;
  if (!answer?.ok)
    throw new Error(`page/unknown-names failed on ${page.url()}: ${answer ? answer.error : 'no answer'}`);
  return answer.value.map((name) => name.text);
}

/** Same name when equal after folding case and runs of white space (the list shows the page's spelling). */
const folded = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export function scoreSuggestions(shown: string[], gold: GoldSuggestions): SuggestionScore {
  const good = new Set(gold.good.map(folded));
  const bad = new Set(gold.bad.map(folded));
  const count = (list: Set<string>) => shown.filter((name) => list.has(folded(name))).length;
  const [goodCount, badCount] = [count(good), count(bad)];
  return { shown, good: goodCount, bad: badCount, other: shown.length - goodCount - badCount };
}
