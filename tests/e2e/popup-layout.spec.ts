import { expect, test } from './fixtures';

test('the popup puts Search and "Open the editor" before the mentions, and a row says what its click did', async ({
  demo,
  popupFor,
}) => {
  const popup = await popupFor(demo.page);
  await expect(popup.rows.first()).toBeVisible();
  const search = popup.page.getByRole('searchbox');
  const editorLink = popup.page.getByRole('link', { name: 'Open the editor' });
  // Both within the popup's first view (580 px tall), above the first mention.
  await popup.page.setViewportSize({ width: 400, height: 580 });
  await expect(search).toBeInViewport();
  await expect(editorLink).toBeInViewport();
  const linkBox = (await editorLink.boundingBox())!;
  const firstRow = (await popup.rows.first().boundingBox())!;
  expect(linkBox.y).toBeLessThan(firstRow.y);
  await popup.row('starter:sergey-lavrov').click();
  await expect(popup.page.getByText('Scrolled the page to “Sergey Lavrov”.')).toBeVisible();
});

test('after pausing, the popup says the site is paused instead of listing its mentions', async ({ demo, popupFor }) => {
  const popup = await popupFor(demo.page);
  await expect(popup.rows.first()).toBeVisible();
  await popup.page.getByRole('checkbox', { name: 'Pause everywhere' }).check();
  await expect(
    popup.page.getByText('Backstory is paused everywhere: names on this page are not marked.'),
  ).toBeVisible();
  await expect(popup.rows).toHaveCount(0);
  await popup.page.getByRole('checkbox', { name: 'Pause everywhere' }).uncheck();
  const siteBox = popup.page.getByRole('checkbox', { name: /^Mark names on / });
  await siteBox.uncheck();
  await expect(popup.page.getByText(/^Backstory is off on \S+: names on this page are not marked\.$/)).toBeVisible();
  await siteBox.check();
  await expect(popup.rows.first()).toBeVisible();
});
