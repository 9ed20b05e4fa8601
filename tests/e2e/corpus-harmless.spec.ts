import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { corpusPageNames } from '../eval/gold';
import { expect, test as base } from './fixtures';
import { CorpusPage, hasScriptedChanges } from './pages/corpus-page';
import { MarkedPage } from './pages/marked-page';

/** A browser without the extension, to see each page as it is on its own. */
const test = base.extend<object, { plainBrowser: Browser }>({
  plainBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch(chromiumLaunchOptions());
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

interface Visit {
  scriptState: string;
  markup: string;
  /** Everything the page's console and error handler received, one line each. */
  messages: string[];
}

/** Loads a corpus page, plays its scripted changes and returns what it ended up as. */
async function visit(page: Page, name: string, serverUrl: string, settle: () => Promise<unknown>): Promise<Visit> {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  const corpus = new CorpusPage(page, name, serverUrl);
  await corpus.open();
  await settle();
  await corpus.finishScriptedChanges();
  await settle();
  return { scriptState: await corpus.scriptState(), markup: await corpus.markup(), messages };
}

for (const name of corpusPageNames()) {
  const what = hasScriptedChanges(name) ? 'its markup, its own scripts and its console' : 'its markup and its console';
  test(`reading ${name} with Backstory leaves ${what} exactly as they are without it`, async ({
    page,
    serviceWorker,
    server,
    plainBrowser,
  }) => {
    test.setTimeout(60_000);
    const marked = new MarkedPage(page, serviceWorker);
    const plain = await plainBrowser.newContext();
    try {
      const plainPage = await plain.newPage();
      const [withBackstory, without] = await Promise.all([
        visit(page, name, server.url, () => marked.waitUntilSettled()),
        visit(plainPage, name, server.url, () => plainPage.waitForTimeout(600)),
      ]);
      expect(withBackstory.scriptState, "the page's own scripts").toBe(without.scriptState);
      expect(withBackstory.markup).toBe(without.markup);
      expect(withBackstory.messages.filter((message) => !without.messages.includes(message))).toEqual([]);
    } finally {
      await plain.close();
    }
  });
}
