import type { Page, Worker } from '@playwright/test';
import { MarkedPage } from './marked-page';

/** tests/fixtures/live: a live blog whose script posts and drops updates and swaps stories in place. */
export class LivePage extends MarkedPage {
  constructor(
    page: Page,
    worker: Worker,
    private readonly serverUrl: string,
  ) {
    super(page, worker);
  }

  async openLive(): Promise<void> {
    await this.open(`${this.serverUrl}/live/index.html`);
    // The live page always names someone. A worker woken by this tab may take longer than the
    // settle window to load its index (more so with the world pack), and 0 marks would look settled.
    const deadline = Date.now() + 15_000;
    while ((await this.waitUntilSettled()).mentionCount === 0 && Date.now() < deadline)
      await this.page.waitForTimeout(100);
  }

  async postUpdate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Post an update' }).click();
  }

  async removeOldestUpdate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Remove the oldest update' }).click();
  }

  /** Follows a story link; the page swaps the story and pushes its URL without loading a document. */
  async openStory(title: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: title }).click();
  }
}
