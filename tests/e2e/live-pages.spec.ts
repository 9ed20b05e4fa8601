import { expect, test } from './fixtures';
import { LivePage } from './pages/live-page';

test('an update a live page posts after load is marked within a second', async ({ page, serviceWorker, server }) => {
  const live = new LivePage(page, serviceWorker, server.url);
  await live.openLive();
  await live.postUpdate();
  await expect
    .poll(() => live.markedTexts(), { timeout: 1_000, intervals: [50] })
    .toEqual(expect.arrayContaining(['Staffan de Mistura', 'Palmyra']));
});

test('text a live page removes takes its marks with it, leaving no mark on nothing', async ({
  page,
  serviceWorker,
  server,
}) => {
  const live = new LivePage(page, serviceWorker, server.url);
  await live.openLive();
  const before = await live.highlightRanges();
  expect(before.map((range) => range.text)).toContain('Walid Muallem');
  await live.removeOldestUpdate();
  await expect.poll(async () => (await live.highlightRanges()).length).toBeLessThan(before.length);
  const after = await live.highlightRanges();
  expect(after.map((range) => range.text)).not.toContain('Walid Muallem');
  expect(after.filter((range) => range.stale)).toEqual([]);
});

test("a story swapped in by single-page navigation gets marked, and the old story's marks go", async ({
  page,
  serviceWorker,
  server,
}) => {
  const live = new LivePage(page, serviceWorker, server.url);
  await live.openLive();
  await live.openStory('Ankara shooting');
  await expect(page).toHaveURL(/\?story=2$/);
  await expect
    .poll(() => live.markedTexts())
    .toEqual(expect.arrayContaining(['Andrei Karlov', 'Ankara', 'Recep Tayyip Erdoğan']));
  const after = await live.highlightRanges();
  expect(after.map((range) => range.text)).not.toContain('Sergey Lavrov');
  expect(after.filter((range) => range.stale)).toEqual([]);
});
