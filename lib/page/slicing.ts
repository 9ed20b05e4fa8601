/**
 * Time slicing for work on the page's main thread: callers check `shouldYield()` in
 * their loops and `await yieldToPage()` when it says so, so no task runs past the budget
 * (the long-task threshold is 50 ms; we stay well under it). Every slice is also counted,
 * so the benchmark can ask a tab how much of its main thread Backstory used.
 */
const BUDGET_MS = 8;

export const mainThreadUse = { busyMs: 0, longestSliceMs: 0, slices: 0 };

function account(sliceMs: number): void {
  mainThreadUse.busyMs += sliceMs;
  mainThreadUse.slices += 1;
  mainThreadUse.longestSliceMs = Math.max(mainThreadUse.longestSliceMs, sliceMs);
}

/** In idle time, a slice still runs within this long of asking, however busy the page. */
const IDLE_WAIT_MS = 50;

export class Slicer {
  private sliceStart = performance.now();

  /** `idle`: yield until the page is idle (work the reader is not waiting for), not just to the next task. */
  constructor(private readonly options: { idle?: boolean } = {}) {}

  shouldYield(): boolean {
    return performance.now() - this.sliceStart > BUDGET_MS;
  }

  async yieldToPage(): Promise<void> {
    this.end();
    await new Promise<void>((resolve) => {
      if (this.options.idle && typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
      else setTimeout(resolve, 0);
    });
    this.sliceStart = performance.now();
  }

  /** Waits for something off the main thread (the background's answer) without counting the wait. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.end();
    const value = await promise;
    this.sliceStart = performance.now();
    return value;
  }

  /** Closes the current slice; call when the work is done. */
  end(): void {
    account(performance.now() - this.sliceStart);
  }
}

/** A tab behind another renders no frames; past this, the scan goes ahead without one. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the page has rendered a frame: at once if it has painted already, else
 * after its next frame. A scan that starts before the page's first frame forces the
 * page's style computation into our task (14 ms of a 2 MB page's scan, bench profile) and
 * holds back that frame; after it, the styles a scan asks for are already computed.
 */
export function afterFirstFrame(): Promise<void> {
  if (performance.getEntriesByType('paint').length) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
