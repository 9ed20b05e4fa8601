import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { EXTENSION_DIR, assertExtensionBuilt, extensionIdOf, extensionWorker, tabIdOf } from '../support/extension';
import { copyOfInstalledProfile } from '../support/installed-profile';
import { serveFolder, type StaticServer } from '../support/static-server';
import { DemoArticle } from './pages/demo-article';
import { MarkedPage } from './pages/marked-page';
import { PopupPage } from './pages/popup-page';

interface TestFixtures {
  /** A fresh browser profile with the built extension loaded; nothing is shared between tests. */
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** The demo article, open in `page` and already marked. */
  demo: DemoArticle;
  /** Opens the popup, as a page of its own, for the tab showing `page`. */
  popupFor: (page: Page) => Promise<PopupPage>;
}

interface WorkerFixtures {
  /** Serves tests/fixtures; the demo article is at `${server.url}/demo/index.html`. */
  server: StaticServer;
}

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

/** What the demo article's author says Backstory must and must not mark (ids without the pack prefix). */
export interface ExpectedMentions {
  mustMark: { text: string; entityId: string; splitAcross?: string }[];
  mustNotMark: { text: string; where: string }[];
}

export const expectedMentions = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'demo/expected-mentions.json'), 'utf8'),
) as ExpectedMentions;

/**
 * A browser profile of its own with the built extension: a second browser of the same reader, say.
 * It starts as a reader's does a minute after install, with the bundled packs loaded (a copy of
 * the profile tests/e2e/global-setup.ts made); `fresh` starts at the install itself.
 */
export async function openProfile({ fresh = false } = {}): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  assertExtensionBuilt();
  const template = process.env.BACKSTORY_INSTALLED_PROFILE;
  const userDataDir =
    !fresh && template ? await copyOfInstalledProfile(template) : await mkdtemp(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(
    userDataDir,
    chromiumLaunchOptions({ extensionDir: EXTENSION_DIR }),
  );
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright reads a fixture's dependencies from this destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveFolder(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = await openProfile();
    await use(profile.context);
    await profile.close();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
  demo: async ({ page, server, serviceWorker }, use) => {
    const demo = new DemoArticle(page, server.url);
    await demo.open();
    await demo.waitForMarks();
    // The first marks are those in view; a test reads the page as a reader does once it is all marked.
    await new MarkedPage(page, serviceWorker).waitForWholePage();
    await use(demo);
  },
  popupFor: async ({ context, serviceWorker, extensionId }, use) => {
    await use(async (page) => PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, page.url())));
  },
});

export { expect } from '@playwright/test';
