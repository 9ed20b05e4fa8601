import { expectedMentions, expect, test } from './fixtures';

const LAVROV = 'starter:sergey-lavrov';

test('the popup lists Sergey Lavrov among the entities on the demo page, with his mention count', async ({
  demo,
  popupFor,
}) => {
  const popup = await popupFor(demo.page);
  await expect(popup.row(LAVROV)).toContainText('Sergey Lavrov');
  expect(await popup.mentionCount(LAVROV)).toBeGreaterThanOrEqual(1);
});

test('the popup lists every entity the demo article must mark', async ({ demo, popupFor }) => {
  const popup = await popupFor(demo.page);
  await popup.rows.first().waitFor();
  const listed = await popup.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entity-id')));
  const missing = [...new Set(expectedMentions.mustMark.map((m) => `starter:${m.entityId}`))].filter(
    (id) => !listed.includes(id),
  );
  expect(missing, 'entity ids from mustMark not listed under "On this page"').toEqual([]);
});

test('a note added in the popup shows in the card on the page', async ({ demo, popupFor }) => {
  const note = 'Met Zarif in Moscow on 20 December, the day after the Karlov killing.';
  const popup = await popupFor(demo.page);
  await popup.editFromPageList(LAVROV);
  await popup.addNote(note);
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  await expect.poll(() => demo.cardText()).toContain(note);
});

test('an alias added in the popup is marked on the open page without a reload', async ({ demo, page, popupFor }) => {
  expect(await demo.markedTexts()).not.toContain('Shia volunteers');
  // A reload would drop this property of the page's window.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  const popup = await popupFor(page);
  await popup.editFromSearch('Shia militias', 'starter:shiite-militias');
  await popup.addAlias('Shia volunteers');
  await expect.poll(() => demo.markedTexts()).toContain('Shia volunteers');
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
});
