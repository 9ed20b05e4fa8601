import type { Locator, Page } from '@playwright/test';

/**
 * One entity's form as the popup and the editor page both show it, seen from `root` (the
 * popup's editor, the editor page's detail): its warnings, its unsaved mark, its pinned actions
 * and the question asked before unsaved changes are dropped.
 */
export class EntityFormPart {
  /** "Already in your store: …", the duplicate warning's sentence. */
  readonly duplicateSentence: Locator;
  readonly unsavedMark: Locator;
  readonly saveButton: Locator;
  readonly saveAnyway: Locator;
  /** The modal "Discard changes to …?" question. */
  readonly discardQuestion: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.duplicateSentence = root.getByRole('status').filter({ hasText: /^Already in your store: / });
    this.unsavedMark = root.getByRole('status').filter({ hasText: 'Unsaved changes' });
    this.saveButton = root.getByRole('button', { name: 'Save', exact: true });
    this.saveAnyway = root.getByRole('button', { name: 'Save anyway' });
    this.discardQuestion = page.getByRole('dialog', { name: /^Discard changes to / });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  openButton(name: string): Locator {
    return this.root.getByRole('button', { name: `Open ${name}`, exact: true });
  }

  async keepEditing(): Promise<void> {
    await this.discardQuestion.getByRole('button', { name: 'Keep editing' }).click();
  }

  async discard(): Promise<void> {
    await this.discardQuestion.getByRole('button', { name: 'Discard', exact: true }).click();
  }
}
