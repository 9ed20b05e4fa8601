/**
 * One look-up at a time: starting another (the reader picked another name, or closed the list)
 * aborts the one still running, so Wikimedia never answers a question nobody is waiting for.
 */
export class OneInFlight {
  private current?: AbortController;

  async run<T>(step: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    try {
      return await step(controller.signal);
    } finally {
      if (this.current === controller) this.current = undefined;
    }
  }

  cancel(): void {
    this.current?.abort();
    this.current = undefined;
  }
}
