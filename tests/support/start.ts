import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { DemoArticle } from '../e2e/pages/demo-article';
import { PopupPage } from '../e2e/pages/popup-page';
import { chromiumLaunchOptions } from './chromium';
import { EXTENSION_DIR, extensionIdOf, extensionWorker, tabIdOf } from './extension';
import { serveFolder } from './static-server';

/**
 * `npm start`: builds the extension and opens the demo article in Chromium with it loaded.
 * With a display the browser stays open for you to explore; without one (a server, CI) it
 * opens a card and the popup, saves screenshots of both, and exits.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT_DIR = join(ROOT, 'demo-output');

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`wxt build` failed; see its output above.');
}

async function explore(context: BrowserContext, demo: DemoArticle): Promise<void> {
  console.log(`\nBackstory is loaded. Demo article: ${demo.url}`);
  console.log('Rest the pointer on a marked name to open its card. Close the browser (or press Ctrl+C) to stop.');
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.once('SIGINT', () => void context.close());
  await closed;
}

async function screenshots(context: BrowserContext, demo: DemoArticle): Promise<void> {
  await demo.waitForMarks();
  await demo.hover('Lavrov');
  await demo.openCard.waitFor({ state: 'attached' });
  // Right after install the world pack is still being written: the details may take a moment.
  for (let tries = 0; tries < 100 && (await demo.cardText()).includes('Loading…'); tries++) await demo.page.waitForTimeout(100);
  // The card is placed asynchronously after it renders; let two frames pass.
  await demo.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await mkdir(OUTPUT_DIR, { recursive: true });
  const card = join(OUTPUT_DIR, 'card.png');
  await demo.page.screenshot({ path: card });

  const worker = await extensionWorker(context);
  const popup = await PopupPage.open(context, extensionIdOf(worker), await tabIdOf(worker, demo.page.url()));
  await popup.page.setViewportSize({ width: 400, height: 600 });
  await popup.rows.first().waitFor();
  const popupShot = join(OUTPUT_DIR, 'popup.png');
  await popup.page.screenshot({ path: popupShot });
  console.log(`\nNo display, so Backstory ran headless. Screenshots:\n  ${card}\n  ${popupShot}`);
}

async function main(): Promise<void> {
  build();
  const server = await serveFolder(join(ROOT, 'tests/fixtures'));
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-demo-'));
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions({ extensionDir: EXTENSION_DIR, headless: !headed }),
    // Headed, the page follows the window's size; headless, a laptop-sized page for the screenshots.
    viewport: headed ? null : { width: 1280, height: 860 },
  });
  try {
    const demo = new DemoArticle(context.pages()[0] ?? (await context.newPage()), server.url);
    await demo.open();
    if (headed) await explore(context, demo);
    else await screenshots(context, demo);
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
