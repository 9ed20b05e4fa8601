import { expectedMentions, expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

const LAVROV = 'starter:sergey-lavrov';

test('the popup lists every entity the demo article must mark, Sergey Lavrov with his mention count', async ({
  demo,
  firefox,
}) => {
  const popup = await PopupPage.openFor(firefox, demo.page);
  const wanted = [...new Set(expectedMentions.mustMark.map((mention) => `starter:${mention.entityId}`))];
  await expect
    .poll(
      async () => {
        const listed = await popup.listedEntityIds();
        return wanted.filter((id) => !listed.includes(id));
      },
      { timeout: 10_000, message: 'entity ids from mustMark not listed under "On this page"' },
    )
    .toEqual([]);
  const row = await popup.row(LAVROV);
  expect(row?.text).toContain('Sergey Lavrov');
  expect(row?.count).toBeGreaterThanOrEqual(1);
});

test('an alias added in the popup is marked on the open page without a reload', async ({ demo, firefox }) => {
  expect(await demo.markedTexts()).not.toContain('Shia volunteers');
  // A reload would drop this property of the page's window.
  await demo.page.evaluate(() => Object.assign(window, { notReloaded: true }));
  const popup = await PopupPage.openFor(firefox, demo.page);
  await popup.editFromSearch('Shia militias', 'starter:shiite-militias');
  await popup.addAlias('Shia volunteers');
  // The reader goes back to the article.
  await demo.page.bringToFront();
  await expect.poll(() => demo.markedTexts(), { timeout: 10_000 }).toContain('Shia volunteers');
  expect(await demo.page.evaluate(() => 'notReloaded' in window)).toBe(true);
});
