import type { Download, Locator, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** The editor's "Packs & import" and "Snapshots" sections. */
export class EditorPacks {
  readonly packs: Locator;
  readonly snapshots: Locator;
  /** What the import is about to do, shown before anything is written. */
  readonly preview: Locator;
  readonly importError: Locator;

  constructor(readonly page: Page) {
    this.packs = page.getByRole('list', { name: 'Packs' }).locator('[data-pack-id]');
    this.snapshots = page.getByRole('list', { name: 'Snapshots' }).locator('[data-snapshot-id]');
    this.preview = page.locator('.preview-sentence');
    this.importError = page.locator('#panel-packs').getByRole('alert');
  }

  pack(packId: string): Locator {
    return this.packs.and(this.page.locator(`[data-pack-id="${packId}"]`));
  }

  /** Chooses a file under tests/fixtures (or an absolute path) in "File to import". */
  async chooseFile(path: string): Promise<void> {
    const file = path.startsWith('/') ? path : `${FIXTURES}/${path}`;
    await this.page.getByLabel('File to import').setInputFiles(file);
  }

  /** `timeout`: how long the reader watches the progress bar of a long import before it says "Imported". */
  async commitImport({ timeout }: { timeout?: number } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await this.page
      .locator('.toast')
      .getByText(/^Imported /)
      .waitFor({ timeout });
  }

  async removePack(packId: string): Promise<string> {
    const row = this.pack(packId);
    await row.getByRole('button', { name: 'Remove…' }).click();
    const question = await row.getByRole('group').locator('p').textContent();
    await row.getByRole('button', { name: 'Remove pack' }).click();
    await this.page
      .locator('.toast')
      .getByText(/^Removed /)
      .waitFor();
    return question ?? '';
  }

  /** Exports the entities wearing `tag` as a pack, and answers its download. */
  async exportPack(tag: string, id: string, name: string): Promise<Download> {
    await this.page.getByLabel('Entities tagged').selectOption(tag);
    await this.page.getByLabel('Pack id').fill(id);
    await this.page.getByLabel('Pack name').fill(name);
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export pack' }).click();
    return download;
  }

  async exportEverything(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export everything' }).click();
    return download;
  }

  async restoreNewestSnapshot(): Promise<void> {
    const newest = this.snapshots.first();
    await newest.getByRole('button', { name: 'Restore' }).click();
    await newest.getByRole('button', { name: 'Yes, restore' }).click();
    await this.page
      .locator('.toast')
      .getByText(/is back as it was/)
      .waitFor();
  }
}
