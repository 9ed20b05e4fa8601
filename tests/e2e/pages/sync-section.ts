import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { EditorPage } from './editor-page';

export interface SyncFormInput {
  url: string;
  user: string;
  password: string;
  passphrase?: string;
  intervalMinutes?: string;
  deletePercent?: string;
}

const LABELS: Record<keyof SyncFormInput, string> = {
  url: 'Address of the WebDAV folder',
  user: 'User',
  password: 'App password',
  passphrase: 'Passphrase (optional)',
  intervalMinutes: 'Sync every (minutes, 0 = only when asked)',
  deletePercent: 'Ask before deleting more than (% of the store)',
};

/** The editor's Sync section, seen through its labels. */
export class SyncSection {
  /** The Status part: where sync stands, in sentences. */
  readonly status: Locator;
  /** Its live region, the one sentence announced when a sync starts, ends or fails. */
  readonly announcement: Locator;
  readonly toast: Locator;

  private constructor(readonly page: Page) {
    this.status = page.getByTestId('sync-status');
    this.announcement = this.status.getByRole('status');
    this.toast = page.locator('.toast');
  }

  static async open(context: BrowserContext, extensionId: string): Promise<SyncSection> {
    const editor = await EditorPage.open(context, extensionId);
    await editor.show('Sync');
    const section = new SyncSection(editor.page);
    await section.status.waitFor();
    return section;
  }

  field(name: keyof SyncFormInput): Locator {
    return this.page.getByLabel(LABELS[name], { exact: true });
  }

  async fill(input: SyncFormInput): Promise<void> {
    for (const [name, value] of Object.entries(input) as [keyof SyncFormInput, string][])
      await this.field(name).fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async saveAndWait(): Promise<void> {
    await this.save();
    await this.toast.getByText(/^Sync settings saved/).waitFor();
  }

  async forget(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stop syncing and forget credentials' }).click();
    await this.page
      .getByRole('group', { name: 'Confirm stop syncing' })
      .getByRole('button', { name: 'Yes, stop syncing' })
      .click();
    await this.toast.getByText(/^Sync stopped/).waitFor();
  }
}

interface ChromeApi {
  storage: {
    local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    sync: { get(keys: null): Promise<Record<string, unknown>> };
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> };
  runtime: { getManifest(): Record<string, unknown> };
}

/** What the extension holds, read in its own service worker. */
export class ExtensionState {
  constructor(private readonly worker: Worker) {}

  storageLocal(): Promise<Record<string, unknown>> {
    return this.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(null));
  }

  /** Writes into storage.local as the background does, e.g. a sync record a run would leave. */
  async setStorageLocal(items: Record<string, unknown>): Promise<void> {
    await this.worker.evaluate(async (values) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      await chrome.storage.local.set(values);
    }, items);
  }

  storageSync(): Promise<Record<string, unknown>> {
    return this.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.get(null));
  }

  /** Whether the extension may reach a host beyond its content script (`permissions.contains`). */
  mayReach(pattern: string): Promise<boolean> {
    return this.worker.evaluate((origin) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.permissions.contains({ origins: [origin] });
    }, pattern);
  }

  alarms(): Promise<{ name: string; periodInMinutes?: number }[]> {
    return this.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll());
  }

  manifest(): Promise<Record<string, unknown>> {
    return this.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest());
  }
}
