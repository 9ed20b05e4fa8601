import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';
import { serveFolder } from '../support/static-server';
import { median, table } from './figures';
import { writePages } from './pages';

/**
 * `npx tsx tests/bench/walk-strategies.ts`: how much reading a page's text costs a content
 * script, by strategy, on the bench's pages. Each strategy runs in an isolated world (CDP
 * Page.createIsolatedWorld, as content scripts run) on a fresh load, after the page's first
 * frame, timed with performance.now() inside the world; medians of REPEATS loads.
 *
 * It answers one question the main bench raises: how close to the floor (a bare pass over
 * the text nodes) can any walk that knows the page's blocks get? See the README.
 */
const REPEATS = 7;
const STRATEGIES = ['textNodesOnly', 'elementsAndText', 'ourWalkWithoutStyles', 'ourWalk', 'wholeBlocksWithoutStyles'];
const IN_PAGE = readFileSync(new URL('./walk-strategies-in-page.js', import.meta.url), 'utf8');

async function timeOnce(
  page: Page,
  cdp: CDPSession,
  url: string,
  strategy: string,
): Promise<{ ms: number; chars: number }> {
  await page.goto(url);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'walk-strategies',
  });
  await cdp.send('Runtime.evaluate', { expression: IN_PAGE, contextId: executionContextId });
  const expression = `(() => { const t = performance.now(); const chars = walkStrategies.${strategy}(); return { ms: performance.now() - t, chars }; })()`;
  const answer = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
  if (answer.exceptionDetails) throw new Error(`${strategy}: ${answer.exceptionDetails.text}`);
  return answer.result.value as { ms: number; chars: number };
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'backstory-walks-'));
  const server = await serveFolder(folder);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const pages = await writePages(folder);
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const rows: string[][] = [];
    for (const { label, file } of pages) {
      const times = new Map<string, number>();
      for (const strategy of STRATEGIES) {
        const runs = [];
        for (let i = 0; i < REPEATS; i++) runs.push(await timeOnce(page, cdp, `${server.url}/${file}`, strategy));
        times.set(strategy, median(runs.map((run) => run.ms)));
        console.error(`${label} ${strategy}: ${times.get(strategy)!.toFixed(1)} ms, ${runs[0]!.chars} characters`);
      }
      const floor = times.get('textNodesOnly')!;
      rows.push([
        label,
        ...STRATEGIES.map((s) => `${times.get(s)!.toFixed(1)} (${(times.get(s)! / floor).toFixed(1)}×)`),
      ]);
    }
    console.log(table(['Page text', ...STRATEGIES], rows));
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
