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
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser): Promise<PeerTab> {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return new PeerTab(page, cdp);
  }

  /** One run of `peer` on a fresh load of `url`; done again if the trace missed its start. */
  async run(url: string, peer: PeerName, options: PeerOptions = {}, attempts = 3): Promise<PeerRun> {
    await this.page.goto(url);
    const args = { aliases: options.aliases ?? [], capMs: options.capMs ?? Infinity };
    let call: () => Promise<PeerResult>;
    if (options.isolated) {
      call = await this.inIsolatedWorld(peer, args);
    } else {
      await this.page.addScriptTag({ content: IN_PAGE });
      if (peer === 'markjs') await this.page.addScriptTag({ content: MARK_JS });
      call = () =>
        this.page.evaluate(
          ([name, a]) =>
            (globalThis as unknown as { benchPeers: Record<string, (a: object) => PeerResult> }).benchPeers[name]!(a),
          [peer, args] as const,
        );
    }
    const stop = await startTrace(this.cdp, options.categories ?? SAMPLED);
    const result = await call();
    let time: TaskTime;
    try {
      time = markedSpan(await stop(), 'bench-peer', 'bench-peer-end', options.categories !== UNSAMPLED);
    } catch (error) {
      if (attempts <= 1) throw error;
      return this.run(url, peer, options, attempts - 1);
    }
    return { ...time, capped: result.capped, found: result.found, textChars: result.chars, textNodes: result.nodes };
  }

  /**
   * The peer in a world of its own, as a content script runs: every DOM node it touches
   * needs a JavaScript wrapper of that world's, which the page's own world may already have.
   */
  private async inIsolatedWorld(peer: PeerName, args: object): Promise<() => Promise<PeerResult>> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    const { executionContextId } = await this.cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'bench-peer',
    });
    const evaluate = async (expression: string) => {
      const answer = await this.cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
      });
      if (answer.exceptionDetails) throw new Error(`${peer} in an isolated world: ${answer.exceptionDetails.text}`);
      return answer.result.value as PeerResult;
    };
    await evaluate(IN_PAGE);
    return () => evaluate(`globalThis.benchPeers[${JSON.stringify(peer)}](${JSON.stringify(args)})`);
  }

  /** JSHeapUsedSize of the loaded page after a full GC: the baseline for our heap cost. */
  async heapAfterLoad(url: string): Promise<number> {
    await this.page.goto(url);
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  }
}

interface PeerResult {
  found: number;
  capped: boolean;
  chars?: number;
  nodes?: number;
}

interface PeerOptions {
  aliases?: string[];
  capMs?: number;
  /** Trace categories; the sampled set unless said otherwise. */
  categories?: string[];
  /** Run in an isolated world, as a content script does, not in the page's own. */
  isolated?: boolean;
}

export interface PagePeers {
  floor: PeerRun[];
  /** The floor in an isolated world: what any content script's pass over the page costs at least. */
  floorIsolated: PeerRun[];
  /** The floor traced without the CPU sampler: what the sampler adds to a measurement. */
  floorUnsampled: PeerRun[];
  heapBytes: number[];
  /** By dictionary size. */
  regex: Map<number, PeerRun[]>;
  markjs: Map<number, PeerRun[]>;
}

/** A page the peers were not run on (a filtered run): its ratios read "–". */
export function noPeers(): PagePeers {
  return { floor: [], floorIsolated: [], floorUnsampled: [], heapBytes: [], regex: new Map(), markjs: new Map() };
}

/**
 * Runs every peer `repeats` times on each page. A capped run is not repeated: it already
 * says ">cap", and two more would cost the time budget of the whole benchmark.
 */
export async function measurePeers(
  browser: Browser,
  pageUrls: string[],
  dictionaries: Map<number, string[]>,
  repeats: number,
  capMs: number,
): Promise<PagePeers[]> {
  const tab = await PeerTab.open(browser);
  const out: PagePeers[] = [];
  for (const url of pageUrls) {
    const result: PagePeers = noPeers();
    for (let i = 0; i < repeats; i++) {
      result.heapBytes.push(await tab.heapAfterLoad(url));
      result.floor.push(await tab.run(url, 'floor'));
      result.floorIsolated.push(await tab.run(url, 'floor', { isolated: true }));
      result.floorUnsampled.push(await tab.run(url, 'floor', { categories: UNSAMPLED }));
    }
    for (const [size, aliases] of dictionaries) {
      for (const peer of ['regex', 'markjs'] as const) {
        const runs: PeerRun[] = [];
        while (runs.length < repeats && !runs.some((r) => r.capped))
          runs.push(await tab.run(url, peer, { aliases, capMs }));
        result[peer].set(size, runs);
      }
    }
    out.push(result);
  }
  return out;
}
