import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import { DemoArticle } from './pages/demo-article';
import { ExtensionMessages } from './pages/extension-messages';

const LAVROV = 'starter:sergey-lavrov';

/** Scrolls so that `text` (inside `within`) sits `fromBottom` px above the viewport's bottom edge; returns its box. */
async function placeFromBottom(page: Page, text: string, within: string, fromBottom: number) {
  return page.evaluate(
    ({ text, within, fromBottom }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(within) ?? -1;
        if (at < 0) continue;
        const range = new Range();
        range.setStart(node, at + within.indexOf(text));
        range.setEnd(node, at + within.indexOf(text) + text.length);
        window.scrollBy({
          top: range.getBoundingClientRect().bottom - (innerHeight - fromBottom),
          behavior: 'instant',
        });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, bottom: box.bottom };
      }
      throw new Error(`"${within}" is not on the page`);
    },
    { text, within, fromBottom },
  );
}

test('the pointer can travel from the mention into the card without the card closing', async ({ demo, page }) => {
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  const card = new CardView(page);
  const box = await card.box();
  await page.mouse.move(box.left + 40, box.top + 30, { steps: 8 });
  await page.waitForTimeout(800);
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
});

test('a pinned card stays open when the pointer leaves it and when another name is hovered', async ({ demo, page }) => {
  await demo.hover('Lavrov');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  await card.click('Pin card');
  expect(await card.inShadow((root) => root.querySelector('.pin')?.getAttribute('aria-pressed'), undefined)).toBe(
    'true',
  );
  await demo.moveAway();
  await demo.hover('Hezbollah');
  await page.waitForTimeout(900);
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  await card.click('Close card');
  await expect(demo.card).toHaveAttribute('data-state', 'closed');
});

test('the hover delay follows the reader’s setting', async ({ demo, page, serviceWorker }) => {
  await new ExtensionMessages(serviceWorker).setSettings({ hoverOpenDelayMs: 1500 });
  // On the next article the reader opens. The open page hears of the change too, but on a busy
  // machine later than any fixed wait; a new page reads the settings, the hover delay first, before
  // it marks a name (lib/page/index.ts).
  await demo.open();
  await demo.waitForMarks();
  const started = Date.now();
  await demo.hover('Lavrov');
  await page.waitForTimeout(700);
  await expect(demo.openCard).toHaveCount(0);
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
});

test('a card for a name near the bottom of the window opens above it, inside the window', async ({ demo, page }) => {
  const mention = await placeFromBottom(page, 'Palmyra', 'swept back into Palmyra', 30);
  await page.mouse.move(mention.x, mention.y, { steps: 5 });
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:palmyra');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  await expect.poll(async () => (await card.box()).bottom).toBeLessThanOrEqual(mention.top);
  const box = await card.box();
  expect(box.top).toBeGreaterThanOrEqual(0);
});

test('an open card follows its mention when the page scrolls', async ({ demo, page }) => {
  // High in the window, so the card opens below the name and has room to stay there. Centred in the
  // window (demo.hover), the name has as much room above as below, and its side turns on how the
  // scroll offset rounds: where the card opens above, it flips below as the name scrolls up.
  const mention = await placeFromBottom(page, 'Lavrov', 'Sergey Lavrov', page.viewportSize()!.height - 200);
  await page.mouse.move(mention.x, mention.y, { steps: 5 });
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  const card = new CardView(page);
  await card.waitForText('Add a note');
  await card.click('Pin card');
  const before = await card.box();
  await page.evaluate(() => window.scrollBy({ top: 120, behavior: 'instant' }));
  await expect.poll(async () => Math.round(before.top - (await card.box()).top)).toBe(120);
});

test('a pinned card stays in the window when its mention scrolls out of view', async ({ demo, page }) => {
  await demo.hover('Lavrov');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  await card.click('Pin card');
  await page.evaluate(() => window.scrollBy({ top: -1500, behavior: 'instant' }));
  await expect.poll(async () => (await card.box()).bottom).toBeLessThanOrEqual(720);
  const box = await card.box();
  expect(box.top).toBeGreaterThanOrEqual(0);
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
});

test('at 200% zoom (a 640×360 window in CSS pixels) the card fits inside the window', async ({ demo, page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await demo.hover('Lavrov');
  const card = new CardView(page);
  await card.waitForText('Sergey Lavrov');
  await page.waitForTimeout(200);
  const box = await card.box();
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(box.viewWidth);
  expect(box.bottom).toBeLessThanOrEqual(box.viewHeight);
});

test('on a right-to-left page the card lines up with the right edge of its mention', async ({ page, server }) => {
  await page.goto(`${server.url}/corpus/rtl-arabic/index.html`);
  const rtl = new DemoArticle(page, server.url);
  await rtl.waitForMarks();
  await rtl.hover('Hezbollah');
  await expect(rtl.openCard).toHaveAttribute('data-entity-id', 'starter:hezbollah');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  const mentionRight = await page.evaluate(
    () =>
      [...CSS.highlights.get('backstory-armed-group')!]
        .map((range) => range as Range)
        .find((range) => String(range) === 'Hezbollah')!
        .getBoundingClientRect().right,
  );
  expect(Math.abs((await card.box()).right - mentionRight)).toBeLessThanOrEqual(2);
});

test('the card follows the reader’s dark or light colour scheme and drops its animation for reduced motion', async ({
  demo,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await demo.hover('Lavrov');
  const card = new CardView(page);
  await card.waitForText('Sergey Lavrov');
  expect(await card.style('.card', 'background-color')).toBe('rgb(31, 35, 43)');
  expect(await card.style('.card-shell', 'animation-name')).toBe('none');
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  expect(await card.style('.card', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await card.style('.card-shell', 'animation-name')).toBe('appear');
});
