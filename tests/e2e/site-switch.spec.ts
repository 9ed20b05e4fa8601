import { expect, test } from './fixtures';

test('switching marking off for the site in the popup clears the page’s marks, and back on brings them back', async ({
  demo,
  popupFor,
}) => {
  const popup = await popupFor(demo.page);
  const siteBox = popup.page.getByRole('checkbox', { name: /^Mark names on / });
  await expect(siteBox).toBeChecked();
  await siteBox.uncheck();
  await expect.poll(() => demo.markedTexts()).toEqual([]);
  await siteBox.check();
  await expect.poll(async () => (await demo.markedTexts()).length).toBeGreaterThan(50);
});

test('pausing everywhere from the popup clears the marks and stops hover cards', async ({ demo, popupFor }) => {
  const popup = await popupFor(demo.page);
  await popup.page.getByRole('checkbox', { name: 'Pause everywhere' }).check();
  await expect.poll(() => demo.markedTexts()).toEqual([]);
  await demo.page.bringToFront();
  await demo.hover('Lavrov');
  await demo.page.waitForTimeout(600);
  await expect(demo.page.locator('backstory-card-host[data-state="open"]')).toHaveCount(0);
});
