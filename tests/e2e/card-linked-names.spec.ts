import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import { DemoArticle } from './pages/demo-article';
import { ExtensionMessages } from './pages/extension-messages';

const LINKED = '#lavrov-link';

async function openLinkedNames(page: Page, serverUrl: string): Promise<DemoArticle> {
  const article = new DemoArticle(page, serverUrl);
  await page.goto(`${serverUrl}/keyboard/linked-names.html`);
  await article.waitForMarks();
  return article;
}

/** What Chromium itself gives a screen reader for the link named `name`: its description. */
async function describedAs(page: Page, name: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const link = nodes.find((node) => node.role?.value === 'link' && node.name?.value === name);
    return String(link?.description?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

const ties = (page: Page) =>
  page.locator(LINKED).evaluate((link) => ({
    describedby: link.getAttribute('aria-describedby'),
    details: link.getAttribute('aria-details'),
  }));

test('a card opened by tabbing to a linked name is announced with the link and names the key into it', async ({
  page,
  server,
}) => {
  const article = await openLinkedNames(page, server.url);
  await page.locator(LINKED).focus();
  await expect(article.openCard).toHaveCount(1);
  const hostId = await article.openCard.getAttribute('id');
  expect(hostId).toBeTruthy();
  expect(await ties(page)).toEqual({ describedby: `byline ${hostId}`, details: hostId });
  await expect
    .poll(() => describedAs(page, 'Sergey Lavrov'))
    .toBe('By a staff reporter. Backstory card: Sergey Lavrov, Alt+Up enters it');
  expect(await page.evaluate(() => document.activeElement?.id), 'the link keeps focus until the reader enters').toBe(
    'lavrov-link',
  );
});

test('Alt+Up enters the card, Tab stays in it, and Escape gives focus back to the link without reopening it', async ({
  page,
  server,
}) => {
  const article = await openLinkedNames(page, server.url);
  await page.locator(LINKED).focus();
  const card = new CardView(page);
  await card.waitForText('Add a note');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => card.focused()).toEqual({ tag: 'div', name: 'card' });
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    expect(await card.focused(), `focus after ${i + 1} Tab presses`).toBeDefined();
  }
  expect(await article.openCard.getAttribute('aria-label')).toBe('Backstory card: Sergey Lavrov');
  await page.keyboard.press('Escape');
  await expect(article.card).toHaveAttribute('data-state', 'closed');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('lavrov-link');
  expect(await ties(page), "the page's own description comes back, ours goes").toEqual({
    describedby: 'byline',
    details: null,
  });
  await page.keyboard.press('Alt+ArrowUp');
  await expect(article.card).toHaveAttribute('data-state', 'closed');
});

test('tabbing on from a linked name without entering closes its card and unties the link', async ({ page, server }) => {
  const article = await openLinkedNames(page, server.url);
  await page.locator(LINKED).focus();
  await expect(article.openCard).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(article.openCard).toHaveAttribute('aria-label', 'Backstory card: Aleppo, Alt+Up enters it');
  expect(await ties(page)).toEqual({ describedby: 'byline', details: null });
});

test('names in plain text stay reachable from the keyboard through the step command', async ({
  page,
  server,
  serviceWorker,
}) => {
  const article = await openLinkedNames(page, server.url);
  const messages = new ExtensionMessages(serviceWorker);
  const opened: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    await messages.step(page, 1);
    await expect(article.openCard).toHaveCount(1);
    await expect.poll(() => new CardView(page).focused()).toBeDefined();
    opened.push((await article.openCard.getAttribute('aria-label'))!.replace('Backstory card: ', ''));
  }
  expect(opened).toEqual(expect.arrayContaining(['Iran', 'Turkey']));
});
