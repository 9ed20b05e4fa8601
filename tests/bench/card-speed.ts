import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { CardOpenTiming, PageStats, Result } from '@/lib/messaging/protocol';
import { tabIdOf } from '../support/extension';
import { median } from './figures';

/** How fast a card paints, in ms from the moment it is asked to open (after the hover intent delay). */
export interface CardSpeed {
  /** Median over entities whose details were already fetched for this page (the second hover). */
  cachedMs: number;
  /** Median over entities opened for the first time on this page (details fetched from the background). */
  firstMs: number;
  /** The same openings, until the notes frame had painted the entity's notes. */
  cachedNotesMs: number;
  firstNotesMs: number;
}

/** How many different names are hovered; each is opened twice. */
const SAMPLE = 8;

interface ChromeTabs {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

async function cardOpens(worker: Worker, tabId: number): Promise<CardOpenTiming[]> {
  const answer = (await worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    return chrome.tabs.sendMessage(id, { backstory: 1, type: 'page/stats', request: {} });
  }, tabId)) as Result<PageStats>;
  return answer.ok ? (answer.value.cardOpens ?? []) : [];
}

/** Distinct marked texts on the page, one per highlight range text, in the page's order. */
async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate((limit) => {
    const texts = [...CSS.highlights]
      .filter(([name]) => name.startsWith('backstory-'))
      .flatMap(([, highlight]) => [...highlight].map(String));
    return [...new Set(texts)].slice(0, limit);
  }, SAMPLE);
}

/** Scrolls the first range holding `text` into view and returns its middle. */
async function pointAt(page: Page, text: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((wanted) => {
    const range = [...CSS.highlights]
      .flatMap(([, highlight]) => [...highlight])
      .find((r): r is Range => r instanceof Range && String(r) === wanted);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = range?.getClientRects()[0];
    return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, text);
}

async function hoverAndWait(page: Page, worker: Worker, tabId: number, text: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500); // past the close delay: the card is shut
  const before = (await cardOpens(worker, tabId)).length;
  const point = await pointAt(page, text);
  if (!point) return;
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const deadline = Date.now() + 3_000;
  while ((await cardOpens(worker, tabId)).length === before && Date.now() < deadline) await page.waitForTimeout(20);
}

/**
 * `page` shows a page Backstory has marked (the demo article, say). Rests the pointer on
 * up to SAMPLE different marked names, then on each again, and reads the content script's
 * own timings from `page/stats`: from the moment the card was asked to open (when the
 * hover intent delay ran out) to the end of the frame that painted its details. Which
 * openings were cached is the content script's own word, not a guess from the order.
 */
export async function measureCardSpeed(
  _context: BrowserContext,
  page: Page,
  serviceWorker: Worker,
): Promise<CardSpeed> {
  // A tab behind another gets no animation frames, and hover waits for them.
  await page.bringToFront();
  const tabId = await tabIdOf(serviceWorker, page.url());
  const texts = await markedTexts(page);
  const already = (await cardOpens(serviceWorker, tabId)).length;
  // The first pass fetches each entity's details; the second finds them cached.
  for (let pass = 0; pass < 2; pass += 1) {
    for (const text of texts) await hoverAndWait(page, serviceWorker, tabId, text);
  }
  const opens = (await cardOpens(serviceWorker, tabId)).slice(already);
  await page.mouse.move(1, 1);
  const notes = (cached: boolean) =>
    opens.filter((o) => o.cached === cached && o.notesMs !== undefined).map((o) => o.notesMs!);
  return {
    cachedMs: median(opens.filter((o) => o.cached).map((o) => o.paintedMs)),
    firstMs: median(opens.filter((o) => !o.cached).map((o) => o.paintedMs)),
    cachedNotesMs: median(notes(true)),
    firstNotesMs: median(notes(false)),
  };
}
