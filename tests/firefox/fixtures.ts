import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from 'vitest';
import { serveFolder, type StaticServer } from '../support/static-server';
import { DemoArticle } from './pages/demo-article';
import { FirefoxWithExtension } from './session';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

/** What the demo article's author says Backstory must and must not mark (the Chromium suite reads the same file). */
export interface ExpectedMentions {
  mustMark: { text: string; entityId: string; splitAcross?: string }[];
  mustNotMark: { text: string; where: string }[];
}

export const expectedMentions = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'demo/expected-mentions.json'), 'utf8'),
) as ExpectedMentions;

/** Opens the demo article in Firefox's first tab and waits until it is marked. */
async function openDemo(firefox: FirefoxWithExtension, server: StaticServer): Promise<DemoArticle> {
  const page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  const demo = new DemoArticle(page, server.url);
  await demo.open();
  await demo.waitForMarks();
  return demo;
}

interface Fixtures {
  /** Serves tests/fixtures; the demo article is at `${server.url}/demo/index.html`. */
  server: StaticServer;
  /** A Firefox of this test's own, with the extension installed and its packs loaded. */
  firefox: FirefoxWithExtension;
  /** The demo article, open in the first tab of `firefox` and already marked. */
  demo: DemoArticle;
  /** One Firefox for all tests of a file: for tests that change nothing in the store. */
  sharedFirefox: FirefoxWithExtension;
  /** The demo article, open in `sharedFirefox` and marked: for tests that only read or hover the page. */
  sharedDemo: DemoArticle;
}

export const test = base.extend<Fixtures>({
  server: [
    // Vitest reads a fixture's dependencies from this destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveFolder(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'file' },
  ],
  // eslint-disable-next-line no-empty-pattern
  firefox: async ({}, use) => {
    const firefox = await FirefoxWithExtension.launch();
    await use(firefox);
    // Fails the test when the extension reported an error meanwhile.
    await firefox.close();
  },
  demo: async ({ firefox, server }, use) => {
    await use(await openDemo(firefox, server));
  },
  sharedFirefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const firefox = await FirefoxWithExtension.launch();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'file' },
  ],
  sharedDemo: [
    async ({ sharedFirefox, server }, use) => {
      await use(await openDemo(sharedFirefox, server));
    },
    { scope: 'file' },
  ],
});

export { expect } from 'vitest';
