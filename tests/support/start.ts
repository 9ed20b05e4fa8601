import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { DemoArticle } from '../e2e/pages/demo-article';
import { EditorPage } from '../e2e/pages/editor-page';
import { PopupPage } from '../e2e/pages/popup-page';
import { chromiumLaunchOptions } from './chromium';
import { EXTENSION_DIR, extensionIdOf, extensionWorker, tabIdOf } from './extension';
import { serveFolder } from './static-server';

/**
 * `npm start`: builds the extension and opens the demo article in Chromium with it loaded.
 * With a display the browser stays open for you to explore; without one (a server, CI) it
 * opens a card, the popup and the editor, saves 1280x800 screenshots of them (fit for a store
 * listing), and exits.
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

/** Chrome Web Store and addons.mozilla.org both take 1280x800 screenshots. */
const STORE_SHOT = { width: 1280, height: 800 } as const;
const POPUP_SIZE = { width: 400, height: 600 } as const;

/** Width and height from a PNG's IHDR chunk, to check what was written. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The popup as a reader sees it: open over the article, below the toolbar's right end.
 * A screenshot cannot show the browser's own popup, so it is placed on the page's picture.
 */
async function popupOverArticle(context: BrowserContext, article: Buffer, popup: Buffer, file: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SHOT);
  const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<style>
    html,body{margin:0;width:${STORE_SHOT.width}px;height:${STORE_SHOT.height}px;overflow:hidden}
    .article{position:absolute;inset:0;filter:brightness(0.92)}
    .popup{position:absolute;top:8px;right:24px;width:${POPUP_SIZE.width}px;height:${POPUP_SIZE.height}px;
      border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)}
  </style><img class="article" src="${dataUrl(article)}"><img class="popup" src="${dataUrl(popup)}">`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await page.screenshot({ path: file });
  await page.close();
}

async function screenshots(context: BrowserContext, demo: DemoArticle): Promise<void> {
  await demo.waitForMarks();
  await mkdir(OUTPUT_DIR, { recursive: true });
  const article = await demo.page.screenshot();
  await demo.hover('Lavrov');
  await demo.openCard.waitFor({ state: 'attached' });
  // Right after install the world pack is still being written: the details may take a moment.
  for (let tries = 0; tries < 100 && (await demo.cardText()).includes('Loading…'); tries++)
    await demo.page.waitForTimeout(100);
  // The card is placed asynchronously after it renders; let two frames pass.
  await demo.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const card = join(OUTPUT_DIR, 'card.png');
  await demo.page.screenshot({ path: card });

  const worker = await extensionWorker(context);
  const extensionId = extensionIdOf(worker);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(worker, demo.page.url()));
  await popup.page.setViewportSize(POPUP_SIZE);
  await popup.rows.first().waitFor();
  const popupShot = join(OUTPUT_DIR, 'popup.png');
  await popupOverArticle(context, article, await popup.page.screenshot(), popupShot);

  const editor = await EditorPage.open(context, extensionId);
  await editor.page.setViewportSize(STORE_SHOT);
  await editor.search('Lavrov');
  await editor.openEntityNamed('Sergey Lavrov');
  const editorShot = join(OUTPUT_DIR, 'editor.png');
  await editor.page.screenshot({ path: editorShot });

  for (const file of [card, popupShot, editorShot]) {
    const { width, height } = await pngSize(file);
    if (width !== STORE_SHOT.width || height !== STORE_SHOT.height)
      throw new Error(`${file} is ${width}x${height}, not 1280x800.`);
  }
  console.log(
    `\nNo display, so Backstory ran headless. Screenshots (1280x800, for a store listing):\n  ${card}\n  ${popupShot}\n  ${editorShot}`,
  );
}

async function main(): Promise<void> {
  build();
  const server = await serveFolder(join(ROOT, 'tests/fixtures'));
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-demo-'));
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions({ extensionDir: EXTENSION_DIR, headless: !headed }),
    // Headed, the page follows the window's size; headless, the store listing's 1280x800.
    viewport: headed ? null : STORE_SHOT,
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
