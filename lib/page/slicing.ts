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

export class Slicer {
  private sliceStart = performance.now();

  shouldYield(): boolean {
    return performance.now() - this.sliceStart > BUDGET_MS;
  }

  async yieldToPage(): Promise<void> {
    this.end();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
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
