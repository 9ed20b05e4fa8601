import type { BrowserContext } from '@playwright/test';
import { CorpusPage } from '../e2e/pages/corpus-page';
import { evaluateIsolated } from '../e2e/pages/isolated-world';
import { MarkedPage } from '../e2e/pages/marked-page';
import { extensionWorker } from '../support/extension';
import { corpusPageNames, readGold, starterKinds } from './gold';
import { scorePage, totalsOf, type PageScore, type Totals } from './score';
import { readPage } from './visible-text';

export interface CorpusScore {
  pages: PageScore[];
  totals: Totals;
}

/** What `npm test` holds the starter pack to on the whole corpus. */
export const TARGETS = { precision: 0.98, recall: 0.95 };

export function meetsTargets(totals: Totals): boolean {
  return totals.precision >= TARGETS.precision && totals.recall >= TARGETS.recall;
}

/**
 * Opens each corpus page in one tab of `context` (a browser with the built extension),
 * lets marking settle, plays the page's scripted changes, lets marking settle again, and
 * scores the marks against the page's gold.
 */
export async function evaluateCorpus(context: BrowserContext, serverUrl: string, names = corpusPageNames()): Promise<CorpusScore> {
  const worker = await extensionWorker(context);
  const kinds = starterKinds();
  const tab = context.pages()[0] ?? (await context.newPage());
  const pages: PageScore[] = [];
  for (const name of names) {
    const corpus = new CorpusPage(tab, name, serverUrl);
    const marked = new MarkedPage(tab, worker);
    await marked.open(corpus.url);
    await marked.waitUntilSettled();
    await corpus.finishScriptedChanges();
    await marked.waitUntilSettled();
    pages.push(scorePage(name, readGold(name), await evaluateIsolated(tab, readPage, undefined), kinds));
  }
  return { pages, totals: totalsOf(pages) };
}
