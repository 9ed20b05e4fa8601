import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import type { DemoArticle } from './pages/demo-article';
import { ExtensionMessages } from './pages/extension-messages';
import type { PopupPage } from './pages/popup-page';
import { askStore } from './pages/store-messages';

/** The demo article's byline names its author, whom the starter pack does not know. */
const AUTHOR = 'Miriam Okafor-Shaw';
const MARKUP = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>Regional affairs editor</b>';

interface Pwned {
  pwned?: number;
}

/** Saves the author as an entity through the background, from the popup, and waits until the page marks her. */
async function seedAuthor(demo: DemoArticle, popupFor: (page: Page) => Promise<PopupPage>): Promise<string> {
  const popup = await popupFor(demo.page);
  const saved = await askStore(popup.page, 'entity/save', {
    kind: 'person',
    name: AUTHOR,
    summary: MARKUP,
    aliases: [{ text: AUTHOR }],
  });
  await popup.page.close();
  await expect.poll(() => demo.markedTexts()).toContain(AUTHOR);
  return saved.entity.id;
}

function record(entityId: string, id: string, fields: object) {
  return { id, entityId, createdAt: Date.now(), updatedAt: Date.now(), origin: 'reader', ...fields };
}

test('a summary holding markup and a script tag is shown as plain text and runs nothing', async ({
  demo,
  page,
  popupFor,
}) => {
  await seedAuthor(demo, popupFor);
  await demo.hover(AUTHOR);
  const card = new CardView(page);
  expect(await card.waitForText('Add a note')).toContain(MARKUP);
  expect(await card.inShadow((root) => root.querySelectorAll('img, script, b').length, undefined)).toBe(0);
  expect(await page.evaluate(() => (window as Pwned).pwned)).toBeUndefined();
});

test('stored facts with javascript: or data: sources, or a date that is not a date, show as inert text', async ({
  demo,
  page,
  popupFor,
  serviceWorker,
}) => {
  const messages = new ExtensionMessages(serviceWorker);
  const id = await seedAuthor(demo, popupFor);
  await messages.writeRaw('facts', [
    record(id, 'bad:js', {
      text: 'Joined the paper.',
      date: '2015',
      sourceUrl: 'javascript:window.pwned=3',
      sourceTitle: 'Staff page',
    }),
    record(id, 'bad:data', {
      text: 'Covered the siege.',
      date: '2016-12',
      sourceUrl: 'data:text/html,<script>alert(1)</script>',
      sourceTitle: 'Archive',
    }),
    record(id, 'bad:date', {
      text: 'Wrote a book.',
      date: 'soon<b>!</b>',
      sourceUrl: 'https://example.org/book',
      sourceTitle: 'Publisher',
    }),
  ]);
  await demo.hover(AUTHOR);
  const card = new CardView(page);
  const text = await card.waitForText('Wrote a book.');
  expect(text).toContain('Staff page (link not shown)');
  expect(text).toContain('Archive (link not shown)');
  expect(text).toContain('“soon<b>!</b>” (not a date)');
  expect(await card.links()).toEqual(['https://example.org/book']);
  expect(await page.evaluate(() => (window as Pwned).pwned)).toBeUndefined();
});

test('a 100 KB note already in the store is shown clamped, with Show more, and the card keeps its size', async ({
  demo,
  page,
  popupFor,
  serviceWorker,
}) => {
  const messages = new ExtensionMessages(serviceWorker);
  const id = await seedAuthor(demo, popupFor);
  const huge = `Start of a pasted article. ${'Lorem ipsum dolor sit amet. '.repeat(3600)}End of it.`;
  await messages.writeRaw('notes', [record(id, 'note:huge', { text: huge })]);
  await demo.hover(AUTHOR);
  const card = new CardView(page);
  const text = await card.waitForText('Start of a pasted article.');
  expect(text).not.toContain('End of it.');
  expect(text).toMatch(/Show more \([\d,]+ more characters\)/);
  expect((await card.box()).height).toBeLessThanOrEqual(460);
  await card.click(text.match(/Show more \([\d,]+ more characters\)/)![0]);
  await card.waitForText('End of it.');
  expect((await card.box()).height).toBeLessThanOrEqual(460);
  await card.click('Show less');
  expect(await card.text()).not.toContain('End of it.');
});
