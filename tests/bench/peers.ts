import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { markedSpan, type TaskTime } from './trace';
import { SAMPLED, UNSAMPLED, startTrace } from './tracing';

/**
 * The yardsticks, run in a browser without the extension (mark.js rewrites the DOM, which
 * would set our content script rescanning) on a fresh load of the same page each time:
 * a second pass over a page is cheaper than the first, because the first creates the
 * JavaScript wrappers of every node, and our content script always makes the first pass.
 */
export type PeerName = 'floor' | 'regex' | 'markjs';

export interface PeerRun extends TaskTime {
  capped: boolean;
  /** Marks made (regex, mark.js), or text characters read (floor). */
  found: number;
  textChars?: number;
  textNodes?: number;
}

const IN_PAGE = readFileSync(new URL('./peers-in-page.js', import.meta.url), 'utf8');
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

export class PeerTab {
  private constructor(private readonly page: Page, private readonly cdp: CDPSession) {}

  static async open(browser: Browser): Promise<PeerTab> {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return new PeerTab(page, cdp);
  }

  /** One run of `peer` on a fresh load of `url`; done again if the trace missed its start. */
  async run(url: string, peer: PeerName, options: PeerOptions = {}, attempts = 3): Promise<PeerRun> {
    await this.page.goto(url);
    await this.page.addScriptTag({ content: IN_PAGE });
    if (peer === 'markjs') await this.page.addScriptTag({ content: MARK_JS });
    const stop = await startTrace(this.cdp, options.categories ?? SAMPLED);
    const result = await this.page.evaluate(
      ([name, args]) => (globalThis as unknown as { benchPeers: Record<string, (a: object) => PeerResult> }).benchPeers[name]!(args),
      [peer, { aliases: options.aliases ?? [], capMs: options.capMs ?? Infinity }] as const,
    );
    let time: TaskTime;
    try {
      time = markedSpan(await stop(), 'bench-peer', 'bench-peer-end', options.categories !== UNSAMPLED);
    } catch (error) {
      if (attempts <= 1) throw error;
      return this.run(url, peer, options, attempts - 1);
    }
    return { ...time, capped: result.capped, found: result.found, textChars: result.chars, textNodes: result.nodes };
  }

  /** JSHeapUsedSize of the loaded page after a full GC: the baseline for our heap cost. */
  async heapAfterLoad(url: string): Promise<number> {
    await this.page.goto(url);
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  }
}

interface PeerResult { found: number; capped: boolean; chars?: number; nodes?: number }

interface PeerOptions {
  aliases?: string[];
  capMs?: number;
  /** Trace categories; the sampled set unless said otherwise. */
  categories?: string[];
}

export interface PagePeers {
  floor: PeerRun[];
  /** The floor traced without the CPU sampler: what the sampler adds to a measurement. */
  floorUnsampled: PeerRun[];
  heapBytes: number[];
  /** By dictionary size. */
  regex: Map<number, PeerRun[]>;
  markjs: Map<number, PeerRun[]>;
}

/** A page the peers were not run on (a filtered run): its ratios read "–". */
export function noPeers(): PagePeers {
  return { floor: [], floorUnsampled: [], heapBytes: [], regex: new Map(), markjs: new Map() };
}

/**
 * Runs every peer `repeats` times on each page. A capped run is not repeated: it already
 * says ">cap", and two more would cost the time budget of the whole benchmark.
 */
export async function measurePeers(
  browser: Browser, pageUrls: string[], dictionaries: Map<number, string[]>, repeats: number, capMs: number,
): Promise<PagePeers[]> {
  const tab = await PeerTab.open(browser);
  const out: PagePeers[] = [];
  for (const url of pageUrls) {
    const result: PagePeers = { floor: [], floorUnsampled: [], heapBytes: [], regex: new Map(), markjs: new Map() };
    for (let i = 0; i < repeats; i++) {
      result.heapBytes.push(await tab.heapAfterLoad(url));
      result.floor.push(await tab.run(url, 'floor'));
      result.floorUnsampled.push(await tab.run(url, 'floor', { categories: UNSAMPLED }));
    }
    for (const [size, aliases] of dictionaries) {
      for (const peer of ['regex', 'markjs'] as const) {
        const runs: PeerRun[] = [];
        while (runs.length < repeats && !runs.some((r) => r.capped)) runs.push(await tab.run(url, peer, { aliases, capMs }));
        result[peer].set(size, runs);
      }
    }
    out.push(result);
  }
  return out;
}
