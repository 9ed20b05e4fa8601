import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { FakeWikimedia } from '../../support/wikimedia/fake-wikimedia';
import { grantHostAccess } from './host-access';

const WIKIMEDIA_PATTERNS = ['https://www.wikidata.org/*', 'https://*.wikipedia.org/*'];

/** The popup's look-up of a "Not yet in your store" name: the switch, the candidates, the preview, Add. */
export class LookupPanel {
  readonly panel: Locator;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.panel = page.getByRole('region', { name: `Look up ${name}` });
  }

  static async open(popup: Page, name: string): Promise<LookupPanel> {
    await popup.getByRole('button', { name: `Look up ${name}`, exact: true }).click();
    const panel = new LookupPanel(popup, name);
    await panel.panel.waitFor();
    return panel;
  }

  get switch(): Locator {
    return this.panel.getByRole('checkbox', { name: 'Look up names on Wikidata and Wikipedia' });
  }

  get preview(): Locator {
    return this.panel.getByRole('region', { name: /^Preview of / });
  }

  get problem(): Locator {
    return this.panel.getByRole('alert');
  }

  async turnOn(): Promise<void> {
    // The switch follows the browser's answer, not the click; once look-ups are on, the look-up takes its place.
    await this.switch.click();
    await this.switch.waitFor({ state: 'detached' });
  }

  async add(): Promise<void> {
    await this.panel.getByRole('button', { name: /^(Add|Update )/ }).click();
  }
}

/**
 * Points the extension's look-ups at the fake server (a key only loopback addresses pass) and, when
 * asked, grants Wikimedia's hosts as a reader does on chrome://extensions, so that the browser's
 * permission request on the switch resolves at once instead of showing a prompt nothing can answer.
 */
export async function useFakeWikimedia(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  fake: FakeWikimedia,
  { grant }: { grant: boolean },
): Promise<void> {
  await worker.evaluate(
    async (endpoints) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ lookupEndpointsForTests: endpoints });
    },
    { wikidata: fake.wikidata, wikipedia: fake.wikipedia },
  );
  if (!grant) return;
  for (const pattern of WIKIMEDIA_PATTERNS) await grantHostAccess(context, extensionId, pattern);
}
