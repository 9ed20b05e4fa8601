import type { Worker } from '@playwright/test';
import { tabIdOf } from '../support/extension';
import { expect, test } from './fixtures';

interface ActionApi {
  action: { getTitle(details: { tabId: number }): Promise<string> };
  management: { getSelf(): Promise<{ name: string; description: string; icons?: { size: number; url: string }[] }> };
}

/** The tooltip the reader sees on the toolbar button for a tab. */
function buttonTitle(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ActionApi }).chrome.action.getTitle({ tabId: id }),
    tabId,
  );
}

test('the toolbar button says when Backstory is off for the site or paused, and on again', async ({
  demo,
  popupFor,
  serviceWorker,
  context,
  server,
}) => {
  const popup = await popupFor(demo.page);
  const tabId = await tabIdOf(serviceWorker, demo.page.url());
  const host = new URL(server.url).hostname;
  await expect.poll(() => buttonTitle(serviceWorker, tabId)).toBe('Backstory');

  const siteBox = popup.page.getByRole('checkbox', { name: /^Mark names on / });
  await siteBox.uncheck();
  await expect.poll(() => buttonTitle(serviceWorker, tabId)).toBe(`Backstory is off on ${host}`);
  await siteBox.check();
  await expect.poll(() => buttonTitle(serviceWorker, tabId)).toBe('Backstory');

  await popup.page.getByRole('checkbox', { name: 'Pause everywhere' }).check();
  await expect.poll(() => buttonTitle(serviceWorker, tabId)).toBe('Backstory is paused everywhere');
  // A tab opened while paused says so too.
  const other = await context.newPage();
  await other.goto(`${server.url}/demo/index.html?second`);
  const otherId = await tabIdOf(serviceWorker, other.url());
  await expect.poll(() => buttonTitle(serviceWorker, otherId)).toBe('Backstory is paused everywhere');

  await popup.page.getByRole('checkbox', { name: 'Pause everywhere' }).uncheck();
  await expect.poll(() => buttonTitle(serviceWorker, tabId)).toBe('Backstory');
  await expect.poll(() => buttonTitle(serviceWorker, otherId)).toBe('Backstory');
});

test('the browser lists Backstory by its localised name and description, with its icons', async ({
  serviceWorker,
  context,
  extensionId,
}) => {
  const self = await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: ActionApi }).chrome.management.getSelf(),
  );
  expect(self.name).toBe('Backstory');
  expect(self.description).toMatch(/^The backstory of a news page: its people, states, groups and events marked/);
  expect(self.icons?.map((icon) => icon.size).sort((a, b) => a - b)).toEqual([16, 32, 48, 128]);
  const page = await context.newPage();
  for (const size of [16, 128]) {
    const response = await page.goto(`chrome-extension://${extensionId}/icon/${size}.png`);
    expect(response?.headers()['content-type']).toBe('image/png');
    const box = await page
      .locator('img')
      .evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
    expect(box).toEqual({ width: size, height: size });
  }
});
