import type { Locator, Page } from '@playwright/test';

/** The popup's "Not yet in your store" list and the editor its Add buttons open. */
export class NotInStoreList {
  readonly names: Locator;

  constructor(readonly page: Page) {
    this.names = page.getByRole('list', { name: 'Names not yet in your store' }).locator('.name');
  }

  /** Opens the editor for a new entity named `name`, from the name's Add button. */
  async add(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    await this.page.getByRole('button', { name: 'Add alias' }).waitFor();
  }

  async saveEditor(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back' }).click();
  }
}
