import type { Page, Worker } from '@playwright/test';
import type { PageStats } from '../../../lib/messaging/protocol';
import { MarkedPage } from './marked-page';

/**
 * One of the pages in tests/fixtures/hostile, with what it logged while open.
 * (Restored from the compiled copy after it was overwritten by mistake; comments may differ from the original.)
 */
export class HostilePage extends MarkedPage {
  readonly errors: string[] = [];

  constructor(
    page: Page,
    worker: Worker,
    private readonly serverUrl: string,
  ) {
    super(page, worker);
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
  }

  /** Opens `hostile/<name>.html`, checking every 250 ms that the tab still answers, until marking settles. */
  async visit(name: string, settleTimeout = 30_000): Promise<{ stats: PageStats; unanswered: number }> {
    await this.open(`${this.serverUrl}/hostile/${name}.html`);
    let scanning = true;
    let unanswered = 0;
    const probe = (async () => {
      while (scanning) {
        if (!(await this.responds())) unanswered += 1;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    try {
      const stats = await this.waitUntilSettled({ timeout: settleTimeout });
      return { stats, unanswered };
    } finally {
      scanning = false;
      await probe;
      if (!(await this.responds())) unanswered += 1;
    }
  }
}
