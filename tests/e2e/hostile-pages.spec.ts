import { expect, test } from './fixtures';
import { HostilePage } from './pages/hostile-page';

/** A slice past the long-task threshold is a stutter a reader can feel. */
const LONG_TASK_MS = 50;

// A trace snapshots the whole DOM at every step, which on these pages outweighs Backstory's own work.
test.use({ trace: 'off' });
test.describe.configure({ timeout: 60_000 });

for (const name of ['many-nodes', 'huge-text-node', 'churn']) {
  test(`${name}: the tab keeps answering, no slice of Backstory's work is long and nothing is logged`, async ({
    page,
    serviceWorker,
    server,
  }) => {
    const hostile = new HostilePage(page, serviceWorker, server.url);
    const { stats, unanswered } = await hostile.visit(name);
    expect(unanswered, 'times the tab took over 2 s to answer').toBe(0);
    expect(stats.longestSliceMs).toBeLessThan(LONG_TASK_MS);
    expect(hostile.errors).toEqual([]);
  });
}

test('a page that replaces Range, CSS, Highlight and the DOM walkers still gets its names marked', async ({
  page,
  serviceWorker,
  server,
}) => {
  const hostile = new HostilePage(page, serviceWorker, server.url);
  const { stats, unanswered } = await hostile.visit('broken-globals');
  expect(await hostile.markedTexts()).toEqual(
    expect.arrayContaining(['Sergey Lavrov', 'Palmyra', 'Andrei Karlov', 'Ankara']),
  );
  expect(unanswered).toBe(0);
  expect(stats.longestSliceMs).toBeLessThan(LONG_TASK_MS);
  expect(hostile.errors).toEqual([]);
});
