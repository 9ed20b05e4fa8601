import { expect, test } from './fixtures';
import { MarkedPage } from './pages/marked-page';

test('on a long page read from its middle, the names in view are the first marked', async ({
  page,
  serviceWorker,
  server,
}) => {
  const marked = new MarkedPage(page, serviceWorker);
  await marked.open(`${server.url}/in-view/scrolled.html`);
  const stats = await marked.waitUntilSettled({ timeout: 30_000 });
  expect(stats.firstMarksInView).toBe(true);
  // The rest of the page is marked too, once the page is idle.
  expect(await marked.markedTexts()).toEqual(expect.arrayContaining(['Ankara', 'Palmyra']));
});
