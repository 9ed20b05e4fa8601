import type { Page, Worker } from '@playwright/test';
import { MarkedPage } from './marked-page';

/** tests/fixtures/live: a live blog whose script posts and drops updates and swaps stories in place. */
export class LivePage extends MarkedPage {
  constructor(page: Page, worker: Worker, private readonly serverUrl: string) {
    super(page, worker);
  }

  async openLive(): Promise<void> {
    await this.open(`${this.serverUrl}/live/index.html`);
    await this.waitUntilSettled();
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
