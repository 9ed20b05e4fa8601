import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { StoreCounts } from '../../../lib/store/counts';
import { askStore } from './store-messages';

export type EditorSection = 'Entities' | 'Pictures' | 'Packs & import' | 'Snapshots' | 'Sites & settings' | 'Sync';

/** An entity a test works on: its id, and the name a reader types to find it. */
export interface KnownEntity {
  id: string;
  name: string;
}

/** The editor page (the extension's options page), seen through its labels and roles. */
export class EditorPage {
  /** Rows of the entity list, each carrying `data-entity-id`. */
  readonly rows: Locator;
  /** The toast that reports the last step, with its Undo. */
  readonly toast: Locator;
  readonly detail: Locator;

  private constructor(readonly page: Page) {
    this.rows = page.getByRole('list', { name: 'Entities' }).locator('[data-entity-id]');
    this.toast = page.locator('.toast');
    this.detail = page.locator('.detail');
  }

  static async open(context: BrowserContext, extensionId: string): Promise<EditorPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const editor = new EditorPage(page);
    await editor.rows.first().waitFor();
    return editor;
  }

  async show(section: EditorSection): Promise<void> {
    await this.page.getByRole('tab', { name: section }).click();
  }

  row(entityId: string): Locator {
    return this.rows.and(this.page.locator(`[data-entity-id="${entityId}"]`));
  }

  async rowIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entity-id') ?? ''));
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search everything' }).fill(query);
  }

  async filter(by: 'Kind' | 'Pack' | 'Tag', option: string): Promise<void> {
    const filters = this.page.getByRole('complementary', { name: 'Search and filters' });
    await filters.getByLabel(by, { exact: true }).selectOption({ label: option });
  }

  /**
   * Ticks each entity as a reader does in a store of thousands, where the list shows the
   * first hundred by name: found by its name first. The search is cleared after; the ticks stay.
   */
  async select(...entities: KnownEntity[]): Promise<void> {
    for (const { id, name } of entities) {
      await this.search(name);
      await this.row(id).getByRole('checkbox').check();
    }
    await this.search('');
  }

  async bulkTag(tag: string): Promise<void> {
    const bar = this.page.getByRole('group', { name: 'Bulk actions' });
    await bar.getByRole('combobox', { name: 'Tag' }).fill(tag);
    await bar.getByRole('button', { name: 'Tag', exact: true }).click();
    await this.toast.getByText(`“${tag}”`).waitFor();
  }

  readonly bulkBar = (): Locator => this.page.getByRole('group', { name: 'Bulk actions' });

  /** Deletes the ticked entities in the list, after the question that names them; answers that question. */
  async bulkDelete(): Promise<string> {
    await this.bulkBar()
      .getByRole('button', { name: /^Delete / })
      .click();
    const question = this.bulkBar().getByRole('alertdialog');
    const text = (await question.locator('p').textContent()) ?? '';
    await question.getByRole('button', { name: /^Yes, delete / }).click();
    await this.toast.getByText(/^Deleted /).waitFor();
    return text;
  }

  async undo(): Promise<void> {
    await this.toast.getByRole('button', { name: 'Undo' }).click();
    await this.toast.getByText(/^Undone|^Took|^Put/).waitFor();
  }

  /** Opens the entity found by its name, as a reader would in a store of thousands. */
  async openEntity({ id, name }: KnownEntity): Promise<void> {
    await this.search(name);
    await this.row(id).getByRole('button').click();
    await this.detail.getByRole('button', { name: 'Save' }).waitFor();
  }

  async openEntityNamed(name: string): Promise<void> {
    await this.rows
      .filter({ has: this.page.getByRole('button', { name: new RegExp(`^${name}`) }) })
      .getByRole('button')
      .click();
    await this.detail.getByRole('heading', { name }).waitFor();
  }

  field(label: string): Locator {
    return this.detail.getByLabel(label, { exact: true });
  }

  async save(): Promise<void> {
    await this.detail.getByRole('button', { name: 'Save' }).click();
    await this.detail.getByRole('status').getByText('Saved.').waitFor();
  }

  /** Creates a reader's entity through the form: a name, a kind and aliases (each saved as it is added). */
  async createEntity(name: string, kind: string, aliases: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'New entity' }).click();
    await this.field('Name').fill(name);
    await this.field('Kind').selectOption({ label: kind });
    await this.save();
    for (const alias of aliases) {
      await this.detail.getByRole('textbox', { name: 'Add alias', exact: true }).fill(alias);
      await this.detail.getByRole('button', { name: 'Add alias' }).click();
      await this.detail.getByRole('button', { name: `Remove alias ${alias}` }).waitFor();
    }
  }

  /** Merges the open entity into the one found by `query`, after its confirmation. */
  async mergeInto(query: string, targetName: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Merge into…' }).click();
    const merge = this.detail.locator('.merge');
    await merge.getByRole('searchbox', { name: 'Find target' }).fill(query);
    await merge
      .getByRole('list', { name: 'Matching entities' })
      .getByRole('button', { name: new RegExp(`^${targetName}`) })
      .click();
    await merge.getByRole('button', { name: `Merge into ${targetName}` }).click();
    await this.toast.getByText(/^Merged /).waitFor();
  }

  async storeCounts(): Promise<StoreCounts> {
    return (await askStore(this.page, 'store/status', {})).counts;
  }
}
