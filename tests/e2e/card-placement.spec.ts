import { expect, test as base } from './fixtures';
import { CardLayoutPage, type Box } from './pages/card-layout-page';
import { CardView } from './pages/card-view';

const test = base.extend<{ layout: CardLayoutPage }>({
  layout: async ({ page, server }, use) => use(new CardLayoutPage(page, server.url)),
});

/** Between the mention and the card, and between the card and the window's edges (lib/page/card/position.ts). */
const GAP = 6;
const MARGIN = 8;

/** Rests the pointer on the marked name `text` and waits for its card to be open and filled. */
async function openCardFor(
  layout: CardLayoutPage,
  text: string,
  entityId: string,
): Promise<{ card: CardView; mention: Box }> {
  const mention = await layout.hover(text);
  await expect(layout.openCard).toHaveAttribute('data-entity-id', entityId);
  const card = new CardView(layout.page);
  await card.waitForText('Add a note');
  return { card, mention };
}

/** Card edges are whole pixels, a name's edges need not be. */
function expectNear(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual}, expected ${expected}`).toBeLessThanOrEqual(1);
}

function expectInsideWindow(box: Awaited<ReturnType<CardView['box']>>): void {
  expect(box.left).toBeGreaterThanOrEqual(MARGIN - 1);
  expect(box.top).toBeGreaterThanOrEqual(MARGIN - 1);
  expect(box.right).toBeLessThanOrEqual(box.viewWidth - MARGIN + 1);
  expect(box.bottom).toBeLessThanOrEqual(box.viewHeight - MARGIN + 1);
}

test.describe('a name in a live-blog column that scrolls inside the page', () => {
  test.beforeEach(async ({ layout }) => {
    await layout.open('live-column.html');
  });

  test('its card opens just below the name, lined up with the name’s right edge', async ({ layout }) => {
    const { card, mention } = await openCardFor(layout, 'Lavrov', 'starter:sergey-lavrov');
    const box = await card.box();
    expectNear(box.top - mention.bottom, GAP, 'gap between name and card');
    expectNear(box.right, mention.right, 'card’s right edge');
    expectInsideWindow(box);
  });

  test('scrolling the column, not the window, moves the pinned card with its name', async ({ layout, page }) => {
    const { card } = await openCardFor(layout, 'Lavrov', 'starter:sergey-lavrov');
    await card.click('Pin card');
    const before = await card.box();
    await layout.scrollElement('#feed', 120);
    await expect.poll(async () => Math.round(before.top - (await card.box()).top)).toBe(120);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expectNear((await card.box()).top - (await layout.mention('Lavrov')).bottom, GAP, 'gap between name and card');
  });

  test('a new update at the top of the column pushes the name down, and the pinned card goes with it', async ({
    layout,
    page,
  }) => {
    const { card, mention } = await openCardFor(layout, 'Lavrov', 'starter:sergey-lavrov');
    await card.click('Pin card');
    await page.evaluate(() => {
      const update = document.createElement('div');
      update.className = 'entry';
      update.style.minHeight = '0';
      update.innerHTML = '<time>17:05</time><p>Buses are moving again.</p>';
      document.querySelector('#feed')!.prepend(update);
    });
    const moved = await layout.mention('Lavrov');
    expect(moved.top - mention.top).toBeGreaterThan(40);
    await expect.poll(async () => Math.round((await card.box()).top - moved.bottom)).toBe(GAP);
  });

  test('a pinned card stays in the window when its name scrolls out of the column', async ({ layout }) => {
    const { card } = await openCardFor(layout, 'Lavrov', 'starter:sergey-lavrov');
    await card.click('Pin card');
    await layout.scrollElement('#feed', 1500);
    await expect.poll(async () => (await layout.mention('Lavrov')).bottom).toBeLessThan(0);
    await expect.poll(async () => (await card.box()).top).toBeGreaterThanOrEqual(MARGIN - 1);
    expectInsideWindow(await card.box());
    await expect(layout.openCard).toHaveAttribute('data-entity-id', 'starter:sergey-lavrov');
  });
});

test('a card for a name in the window’s bottom-right corner opens above it, inside the window', async ({ layout }) => {
  await layout.open('corner-alert.html');
  const { card, mention } = await openCardFor(layout, 'Assad', 'starter:bashar-al-assad');
  const box = await card.box();
  expect(mention.right, 'the name ends this close to the window’s right edge').toBeGreaterThan(box.viewWidth - 30);
  expectNear(mention.top - box.bottom, GAP, 'gap between name and card');
  expectNear(box.right, mention.right, 'card’s right edge');
  expectInsideWindow(box);
});

test('on a right-to-left page, a name at the left end of a line gets a card lined up with its left edge, inside the window', async ({
  layout,
}) => {
  await layout.open('rtl-sidebar.html');
  const { card, mention } = await openCardFor(layout, 'Palmyra', 'starter:palmyra');
  // The card's usual right-to-left place, its right edge under the name's, would run off the window's left edge.
  expect(mention.right - 380).toBeLessThan(MARGIN);
  const box = await card.box();
  expectNear(box.top - mention.bottom, GAP, 'gap between name and card');
  expectNear(box.left, mention.left, 'card’s left edge');
  expectInsideWindow(box);
});

test('on a page that zooms its root element, the card opens just below its name at its usual size', async ({
  layout,
}) => {
  await layout.open('zoomed-root.html');
  const { card, mention } = await openCardFor(layout, 'Aleppo', 'starter:aleppo');
  const box = await card.box();
  expectNear(box.top - mention.bottom, GAP, 'gap between name and card');
  expectNear(box.left, mention.left, 'card’s left edge');
  expectNear(box.width, 380, 'card’s width');
  expectInsideWindow(box);
});

test('on a page whose root element is transformed, a card opened after scrolling sits just below its name', async ({
  layout,
}) => {
  await layout.open('gpu-root.html');
  // Scrolled by as much as puts the name high in the window, where its card opens below it (past the
  // window's middle, as a fixed scroll can leave it with other fonts, the card opens above).
  await layout.scrollWindow(Math.round((await layout.mention('Palmyra')).bottom) - 200);
  const { card, mention } = await openCardFor(layout, 'Palmyra', 'starter:palmyra');
  const box = await card.box();
  expectNear(box.top - mention.bottom, GAP, 'gap between name and card');
  expectNear(box.left, mention.left, 'card’s left edge');
  await card.click('Pin card');
  await layout.scrollWindow(100);
  await expect.poll(async () => Math.round(box.top - (await card.box()).top)).toBe(100);
});

test.describe('a name inside a web component’s open shadow root', () => {
  test.beforeEach(async ({ layout }) => {
    await layout.open('shadow-panels.html');
  });

  test('opens its card on hover, next to the name', async ({ layout }) => {
    const { card, mention } = await openCardFor(layout, 'Lavrov', 'starter:sergey-lavrov');
    const box = await card.box();
    expectNear(box.top, mention.bottom + GAP, 'card top');
    expectInsideWindow(box);
  });

  test('opens its card on hover two shadow roots deep', async ({ layout }) => {
    await openCardFor(layout, 'Palmyra', 'starter:palmyra');
  });

  test('scrolling a column inside the shadow root moves the pinned card with its name', async ({ layout, page }) => {
    // The panel at the window's top: the card opens below the name and has room to stay there.
    await page.locator('feed-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const { card } = await openCardFor(layout, 'Aleppo', 'starter:aleppo');
    await card.click('Pin card');
    const before = await card.box();
    // Scroll events inside a shadow root never reach the window.
    await page
      .locator('feed-panel')
      .evaluate((panel) => panel.shadowRoot!.querySelector('.feed')!.scrollBy({ top: 30, behavior: 'instant' }));
    await expect.poll(async () => Math.round(before.top - (await card.box()).top)).toBe(30);
  });
});

test('a link inside an open shadow root that names an actor opens its card when it takes focus', async ({
  layout,
  page,
}) => {
  await layout.open('shadow-panels.html');
  await page.locator('quote-panel').getByRole('link', { name: 'Assad' }).focus();
  await expect(layout.openCard).toHaveAttribute('data-entity-id', 'starter:bashar-al-assad');
});
