import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { grantHostAccess } from './host-access';

/** The editor's "Follow a pack by its address", inside "Packs & import". */
export class FollowedPacks {
  readonly section: Locator;
  readonly rows: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Follow a pack by its address' });
    this.rows = this.section.getByRole('list', { name: 'Followed packs' }).getByRole('listitem');
    this.error = this.section.getByRole('alert');
  }

  row(address: string): Locator {
    return this.rows.and(this.page.locator(`[data-subscription="${address}"]`));
  }

  /** Types the address and asks for its preview; the preview sentence is then the page object's `preview`. */
  async preview(address: string): Promise<void> {
    await this.section.getByLabel('Pack address').fill(address);
    await this.section.getByRole('button', { name: 'Preview' }).click();
  }

  async importAndFollow(): Promise<void> {
    await this.section.getByRole('button', { name: 'Import and follow' }).click();
    await this.page
      .locator('.toast')
      .getByText(/^Imported /)
      .waitFor();
  }

  /** What the row says of its last check. */
  result(address: string): Locator {
    return this.row(address).locator('.subscription-result');
  }

  async checkNow(address: string): Promise<void> {
    await this.row(address).getByRole('button', { name: 'Check now' }).click();
  }

  async remove(address: string): Promise<void> {
    await this.row(address).getByRole('button', { name: 'Remove' }).click();
    await this.row(address).waitFor({ state: 'detached' });
  }
}

/**
 * Lets the extension follow a pack on the loopback test host over plain http (a key only loopback
 * addresses pass, as with look-ups), and grants the host as a reader does on chrome://extensions,
 * so that the editor's permission request on the click resolves at once instead of prompting.
 */
export async function allowLoopbackPackHost(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
): Promise<void> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set({ packSubscriptionsLoopbackForTests: true });
  });
  await grantHostAccess(context, extensionId, 'http://127.0.0.1/*');
}
