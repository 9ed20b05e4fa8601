/**
 * Time slicing for work on the page's main thread: callers check `shouldYield()` in
 * their loops and `await yieldToPage()` when it says so, so no task runs past the budget
 * (the long-task threshold is 50 ms; we stay well under it).
 */
const BUDGET_MS = 8;

export class Slicer {
  private sliceStart = performance.now();

  shouldYield(): boolean {
    return performance.now() - this.sliceStart > BUDGET_MS;
  }

  async yieldToPage(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = performance.now();
  }
}
