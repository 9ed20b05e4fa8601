/**
 * `npm run icons`: draws public/icon.svg into the PNGs the manifest and the toolbar use, in
 * headless Chromium so the result matches what a browser paints. Writes public/icon/<size>.png
 * (the extension's icon) and public/icon-off/<size>.png (the toolbar while Backstory is paused
 * or off for the site: the same drawing in greys, so it reads as switched off).
 * The PNGs are committed; run this again after editing the SVG.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../tests/support/chromium';

const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));
const ICON_SIZES = [16, 32, 48, 128] as const;

const VARIANTS = {
  icon: 'none',
  // Greys, a little lighter than the colours' own luminance, so the switched-off icon reads as faded.
  'icon-off': 'grayscale(1) opacity(0.55)',
} as const;

async function render(page: Page, svg: string, size: number, filter: string): Promise<Buffer> {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px;filter:${filter}}</style><img src="${src}">`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function main(): Promise<void> {
  const svg = await readFile(join(PUBLIC_DIR, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [folder, filter] of Object.entries(VARIANTS)) {
      await mkdir(join(PUBLIC_DIR, folder), { recursive: true });
      for (const size of ICON_SIZES) {
        const file = join(PUBLIC_DIR, folder, `${size}.png`);
        await writeFile(file, await render(page, svg, size, filter));
        console.log(`wrote ${file}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
