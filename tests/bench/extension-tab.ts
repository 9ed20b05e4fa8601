import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { PageStats } from '@/lib/messaging/protocol';
import { extensionWorker, tabIdOf } from '../support/extension';
import { extensionTime, type ExtensionTime } from './trace';
import { startTrace } from './tracing';
import { WAKE_MARK_PREFIX } from '@/lib/background/wake-marks';

/** What one load of a page with the extension cost and when its first mark appeared. */
export interface OurRun {
  stats: PageStats;
  /** The page's load event, ms after navigation start (firstMarkAt uses the same clock). */
  loadEventMs: number;
  /** Present when the load was traced. */
  trace?: ExtensionTime;
  /** JSHeapUsedSize after a full GC, when asked for. */
  heapBytes?: number;
  /** When the service worker started (its time origin), ms after the page's load event. */
  workerStartAfterLoadMs: number;
  /** A warm run found the service worker restarted (or not running) after all. */
  workerRestarted: boolean;
  /** Cold loads: each step of the woken worker's way to its first answer, ms after the worker started. */
  wakeSteps?: Record<string, number>;
}

/** Marks unchanged this long mean the scan is over: the content script paints once per scan. */
const SETTLED_MS = 500;
/** No mark this long after the load began: perhaps the page names nothing the store knows. */
const NO_MARKS_MS = 5_000;
/** After that, the tab's own count of slices must hold this long too. */
const STATS_SETTLED_MS = 250;

/**
 * One tab in a browser with the extension, driven through CDP: it loads pages, traces
 * them, stops the service worker for cold starts and asks the content script for its stats.
 */
interface LoadOptions {
  trace?: boolean;
  /** Measure JSHeapUsedSize after a full GC. */
  heap?: boolean;
  /** The worker is expected to be running: report it if it restarted. */
  warm?: boolean;
  /** The worker was woken by this load: read its wake marks (lib/background/wake-marks.ts). */
  cold?: boolean;
  /** Judge the marks settled only once this has happened too, and after this long unchanged. */
  settle?: { after: Promise<unknown>; quietMs: number };
}

export class ExtensionTab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    readonly worker: Worker,
  ) {}

  static async open(context: BrowserContext): Promise<ExtensionTab> {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('Performance.enable');
    // Playwright keeps one Worker object across service worker restarts (Chrome reuses
    // the target); its evaluate() waits for the restarted worker's new context.
    return new ExtensionTab(page, cdp, await extensionWorker(context));
  }

  /** A token that changes whenever the service worker restarts (its globals are fresh). */
  private async workerEpoch(): Promise<number | undefined> {
    const epoch = this.worker.evaluate(() => {
      const scope = globalThis as unknown as { benchEpoch?: number };
      scope.benchEpoch ??= Math.random();
      return scope.benchEpoch;
    });
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5_000));
    return Promise.race([epoch, timeout]);
  }

  /** Stops the extension's service worker, as Chrome does after 30 s of idleness. */
  async stopWorker(): Promise<void> {
    const stopped = new Promise<void>((resolve) => {
      const onUpdate = (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        const ours = event.versions.filter((v) => v.scriptURL.startsWith('chrome-extension://'));
        if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) {
          this.cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
          resolve();
        }
      };
      this.cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
    });
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  }

  /**
   * Loads `url` and waits until the marks stop changing; traces the load when asked. A
   * trace that cannot account for the load (its CPU sampler started late, see tracing.ts)
   * is not reported: the load is done again.
   */
  async load(url: string, options: LoadOptions = {}, attempts = 3): Promise<OurRun> {
    await this.page.goto('about:blank');
    const epochBefore = options.warm ? await this.workerEpoch() : undefined;
    const stopTrace = options.trace ? await startTrace(this.cdp) : undefined;
    await this.page.goto(url);
    await options.settle?.after;
    await this.waitForMarksToSettle(url, options.settle?.quietMs);
    let trace: ExtensionTime | undefined;
    try {
      trace = stopTrace ? extensionTime(await stopTrace()) : undefined;
    } catch (error) {
      if (attempts <= 1) throw error;
      console.error(`  ${url}: ${error instanceof Error ? error.message : error}; loading it again`);
      return this.load(url, options, attempts - 1);
    }
    const stats = await this.settledStats(url);
    const workerRestarted = options.warm
      ? epochBefore === undefined || epochBefore !== (await this.workerEpoch())
      : false;
    const { loadEventMs, timeOrigin } = await this.page.evaluate(() => ({
      loadEventMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      timeOrigin: performance.timeOrigin,
    }));
    // Both time origins are wall-clock epochs of the same machine, so they compare.
    const workerOrigin = await this.worker.evaluate(() => performance.timeOrigin);
    const heapBytes = options.heap ? await this.heapUsed() : undefined;
    const wakeSteps = options.cold ? await this.wakeSteps() : undefined;
    return {
      wakeSteps,
      stats,
      loadEventMs,
      trace,
      heapBytes,
      workerRestarted,
      workerStartAfterLoadMs: workerOrigin - timeOrigin - loadEventMs,
    };
  }

  /**
   * Polls the page's own world for our highlights (not the content script, whose answers
   * would cost it main-thread time inside the trace) until their size holds for `quietMs`.
   * A page with nothing to mark (the store as installed knows none of the generated pages'
   * names, only what of the world their prose names) shows no highlight at all: after
   * NO_MARKS_MS of that, the content script's own account says when its scan is over, at
   * the cost of a few messages inside the trace.
   */
  private async waitForMarksToSettle(url: string, quietMs = SETTLED_MS, timeout = 60_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = -1;
    let since = Date.now();
    for (;;) {
      const size = await this.page.evaluate(() =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('backstory-'))
          .reduce((sum, [, highlight]) => sum + highlight.size, 0),
      );
      if (size !== last) {
        last = size;
        since = Date.now();
      }
      if (size > 0 && Date.now() - since >= quietMs) return;
      if (size === 0 && Date.now() - since >= NO_MARKS_MS && (await this.settledStats(url)).slices > 0) return;
      if (Date.now() > deadline)
        throw new Error(`No settled marks on ${this.page.url()} after ${timeout} ms (last count ${last})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The tab's own account, read until no new slice appeared for a while. */
  private async settledStats(url: string): Promise<PageStats> {
    const tabId = await tabIdOf(this.worker, url);
    let stats = await this.stats(tabId);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, STATS_SETTLED_MS));
      // Our own request is one slice-free message; only time-sliced work adds slices.
      const next = await this.stats(tabId);
      if (next.slices === stats.slices && next.mentionCount === stats.mentionCount) return next;
      stats = next;
    }
  }

  private async stats(tabId: number): Promise<PageStats> {
    const answer = (await this.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
      };
      return chrome.tabs.sendMessage(id, { backstory: 1, type: 'page/stats', request: {} });
    }, tabId)) as { ok: boolean; value?: PageStats; error?: string };
    if (!answer?.ok || !answer.value) throw new Error(`page/stats failed: ${answer?.error ?? 'no answer'}`);
    return answer.value;
  }

  private wakeSteps(): Promise<Record<string, number>> {
    // The prefix is passed in: the evaluated function runs in the worker and sees none of our imports.
    return this.worker.evaluate(
      (prefix) =>
        Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((mark) => mark.name.startsWith(prefix))
            .map((mark) => [mark.name.slice(prefix.length), mark.startTime]),
        ),
      WAKE_MARK_PREFIX,
    );
  }

  private async heapUsed(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  }
}
