import type { BrowserContext } from '@playwright/test';
import { CorpusPage } from '../e2e/pages/corpus-page';
import { evaluateIsolated } from '../e2e/pages/isolated-world';
import { MarkedPage } from '../e2e/pages/marked-page';
import { extensionWorker } from '../support/extension';
import { CORPORA, corpusPageNames, readGold, SYRIA_CORPUS, type Corpus } from './gold';
import { packEntities } from './pack-entities';
import { scorePage, totalsOf, type PageScore, type Totals } from './score';
import { askArticle, scoreDate, type DateScore } from './article-date';
import { askSuggestions, scoreSuggestions, type SuggestionScore } from './suggestions';
import { readPage } from './visible-text';

export interface PageResult extends PageScore {
  /** Only for pages whose gold judges "Not yet in your store". */
  suggestions?: SuggestionScore;
  /** Only for pages whose gold gives the article's date. */
  date?: DateScore;
}

export interface CorpusScore {
  corpus: string;
  pages: PageResult[];
  totals: Totals;
}

export interface Evaluation {
  corpora: CorpusScore[];
  /** Every page of every corpus. */
  totals: Totals;
}

/** What `npm test` holds the store as installed to: the Syria corpus, and precision on everything. */
export const TARGETS = { precision: 0.98, recall: 0.95, wholePrecision: 0.98 };

export interface Verdict {
  met: boolean;
  says: string;
}

/** One line per target, each met or not. */
export function verdicts({ corpora, totals }: Evaluation): Verdict[] {
  const syria = corpora.find((score) => score.corpus === SYRIA_CORPUS.folder);
  const line = (met: boolean, what: string, value: number, target: number): Verdict => ({
    met,
    says: `${what} ${value.toFixed(3)} (target ≥ ${target})`,
  });
  return [
    ...(syria
      ? [
          line(
            syria.totals.precision >= TARGETS.precision,
            `${syria.corpus} precision`,
            syria.totals.precision,
            TARGETS.precision,
          ),
          line(syria.totals.recall >= TARGETS.recall, `${syria.corpus} recall`, syria.totals.recall, TARGETS.recall),
        ]
      : []),
    line(
      totals.precision >= TARGETS.wholePrecision,
      'whole-corpus precision',
      totals.precision,
      TARGETS.wholePrecision,
    ),
  ];
}

/**
 * Opens each page of `corpus` in one tab of `context` (a browser with the built extension),
 * lets marking settle, plays the page's scripted changes, lets marking settle again, scores
 * the marks against the page's gold and, where the gold judges them, the page's suggestions.
 */
export async function evaluateCorpus(
  context: BrowserContext,
  serverUrl: string,
  corpus: Corpus = SYRIA_CORPUS,
  names = corpusPageNames(corpus),
): Promise<CorpusScore> {
  const worker = await extensionWorker(context);
  const entities = packEntities();
  const tab = context.pages()[0] ?? (await context.newPage());
  const pages: PageResult[] = [];
  for (const name of names) {
    const marked = new MarkedPage(tab, worker);
    await marked.open(`${serverUrl}/${corpus.folder}/${name}/index.html`);
    await marked.waitUntilSettled();
    if (corpus === SYRIA_CORPUS) await new CorpusPage(tab, name, serverUrl).finishScriptedChanges();
    await marked.waitUntilSettled();
    const gold = readGold(name, corpus);
    const score: PageResult = scorePage(name, gold, await evaluateIsolated(tab, readPage, undefined), entities);
    if (gold.suggestions) score.suggestions = scoreSuggestions(await askSuggestions(tab, worker), gold.suggestions);
    if (gold.published !== undefined) score.date = scoreDate(gold.published, await askArticle(tab, worker));
    pages.push(score);
  }
  return { corpus: corpus.folder, pages, totals: totalsOf(pages) };
}

/**
 * Waits until a page with many names gets marks at all. Just after install (or on a copied
 * profile's first start) the background may still be building its index, and a page that
 * settles before it is ready settles with no marks: the first page of a run scored 0 of 127.
 */
async function untilMarking(context: BrowserContext, serverUrl: string, timeoutMs = 60_000): Promise<void> {
  const worker = await extensionWorker(context);
  const tab = context.pages()[0] ?? (await context.newPage());
  const marked = new MarkedPage(tab, worker);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await marked.open(`${serverUrl}/${SYRIA_CORPUS.folder}/wire-story/index.html`);
    if ((await marked.waitUntilSettled()).mentionCount > 0) return;
    if (Date.now() > deadline) throw new Error(`No marks on the wire story within ${timeoutMs} ms of start`);
    await tab.waitForTimeout(2_000);
  }
}

/** Every corpus, one after the other in the same browser, once it marks pages. */
export async function evaluateAll(context: BrowserContext, serverUrl: string, corpora = CORPORA): Promise<Evaluation> {
  await untilMarking(context, serverUrl);
  const scores: CorpusScore[] = [];
  for (const corpus of corpora) scores.push(await evaluateCorpus(context, serverUrl, corpus));
  return { corpora: scores, totals: totalsOf(scores.flatMap((score) => score.pages)) };
}
