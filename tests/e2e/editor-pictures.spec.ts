import { expect, test } from './fixtures';
import { axeViolations } from './pages/axe-audit';
import { EditorPage } from './pages/editor-page';
import { overlapping, PicturesTab } from './pages/pictures-tab';
import { askStore } from './pages/store-messages';

async function openPictures(context: Parameters<typeof EditorPage.open>[0], extensionId: string) {
  const editor = await EditorPage.open(context, extensionId);
  await editor.page.setViewportSize({ width: 1280, height: 720 });
  await editor.show('Pictures');
  const pictures = new PicturesTab(editor.page);
  await pictures.nodes().first().waitFor();
  return { editor, pictures };
}

test('the Pictures tab has a Tab stop per picture and per lane, not one per mark', async ({ context, extensionId }) => {
  const { pictures } = await openPictures(context, extensionId);
  const stops = await pictures.tabStops();
  const inGraph = stops.filter((s) => s.startsWith('g ') && / relations?$/.test(s));
  const lanes = await pictures.lanes().count();
  await pictures.page.screenshot({ path: '/tmp/pics-tab.png', fullPage: true });
  expect(inGraph).toHaveLength(1);
  // Each timeline lane is one stop; the rest are the filters and buttons.
  const marks = stops.filter((s) => s.startsWith('g '));
  expect(marks.length).toBe(1 + lanes);
  expect(lanes).toBeLessThanOrEqual(9);
  expect(stops.length, stops.join('\n')).toBeLessThan(40);
  expect(await axeViolations(pictures.page)).toEqual([]);
});

test('arrow keys move between actors, naming each, and Enter opens the one in focus', async ({
  context,
  extensionId,
}) => {
  const { editor, pictures } = await openPictures(context, extensionId);
  const first = pictures.graph.locator('[data-node][tabindex="0"]');
  await first.focus();
  const names = [await pictures.focusedName()];
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await editor.page.keyboard.press(key);
    names.push(await pictures.focusedName());
  }
  expect(new Set(names).size, names.join(' / ')).toBeGreaterThan(2);
  for (const name of names)
    expect(name).toMatch(/, (Person|State|Organisation|Armed group|Place|Event), \d+ relations?$/);
  // The focused actor is named on the picture, whether or not it had room for a label before.
  const focusedId = await editor.page.evaluate(() => document.activeElement?.getAttribute('data-node'));
  const actorName = names.at(-1)!.split(',')[0]!;
  await expect(pictures.graph.locator(`[data-node="${focusedId}"] text`)).toHaveText(actorName);
  // Still one Tab stop: the one the arrows reached.
  await expect(pictures.graph.locator('[tabindex="0"]')).toHaveCount(1);
  await editor.page.keyboard.press('Enter');
  await expect(editor.page.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.detail.getByRole('heading', { name: actorName })).toBeVisible();
});

test('timeline marks are one Tab stop a lane, in time order by arrows, and open their entity', async ({
  context,
  extensionId,
}) => {
  const { editor, pictures } = await openPictures(context, extensionId);
  const lane = pictures.lanes().nth(1);
  const stop = lane.locator('[tabindex="0"]');
  await expect(stop).toHaveCount(1);
  await stop.focus();
  const xs: number[] = [];
  const count = await lane.locator('[data-mark]').count();
  for (let i = 0; i < Math.min(count, 4); i++) {
    xs.push(await editor.page.evaluate(() => (document.activeElement as SVGGraphicsElement).getBBox().x));
    await editor.page.keyboard.press('ArrowRight');
  }
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  await editor.page.keyboard.press('ArrowUp');
  const name = await pictures.focusedName();
  expect(name).toMatch(/\d{4}/);
  await editor.page.keyboard.press('Enter');
  await expect(editor.page.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');
});

test('the overview’s box moves and resizes by keyboard and says its years', async ({ context, extensionId }) => {
  const { pictures } = await openPictures(context, extensionId);
  const start = await pictures.range.getAttribute('aria-valuetext');
  expect(start).toMatch(/^Jan \d{4} to Dec \d{4}$/);
  await pictures.range.focus();
  await pictures.page.keyboard.press('Shift+ArrowLeft');
  await pictures.page.keyboard.press('Shift+ArrowLeft');
  const narrowed = await pictures.range.getAttribute('aria-valuetext');
  expect(narrowed).not.toBe(start);
  expect(narrowed!.slice(0, 8)).toBe(start!.slice(0, 8));
  await pictures.page.keyboard.press('ArrowRight');
  const moved = await pictures.range.getAttribute('aria-valuetext');
  expect(moved!.slice(0, 8)).not.toBe(start!.slice(0, 8));
  await expect(pictures.panel.locator('.range')).toHaveText(new RegExp(`^${moved!.replace(' to ', ' – ')}`));
});

test('graph labels never overlap, the legend is in view at 1280×720, and no text is under 12px', async ({
  context,
  extensionId,
}) => {
  const { pictures } = await openPictures(context, extensionId);
  const boxes = await pictures.labelBoxes();
  expect(boxes.length).toBeGreaterThan(10);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(overlapping(a, b), `${a.name} / ${b.name}`).toBe(false);
  }
  await expect(pictures.legend).toBeInViewport({ ratio: 1 });
  await expect(pictures.graph).toBeInViewport();
  const sizes = await pictures.panel
    .locator('svg text')
    .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  // Lane names are whole, not cut to dots.
  for (const lane of await pictures.lanes().all()) {
    await expect(lane.locator('.lane-label')).toHaveText(
      new RegExp(`^${(await lane.getAttribute('aria-label'))!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  }
  await expect(pictures.panel.getByText(/^Other actors/)).toHaveCount(0);
});

test('an old fact does not stretch the axis: it is counted, and one press away', async ({ context, extensionId }) => {
  const { editor } = await openPictures(context, extensionId);
  await askStore(editor.page, 'fact/add', {
    entityId: 'starter:vladimir-putin',
    fact: { text: 'A fact from long ago.', date: '1786-05-01' },
  });
  await editor.page.reload();
  await editor.show('Pictures');
  const pictures = new PicturesTab(editor.page);
  await pictures.nodes().first().waitFor();
  const years = await pictures.axisYears();
  expect(Math.min(...years)).toBeGreaterThan(2000);
  await expect(pictures.scopeNote).toContainText('before');
  // The bundled world pack dates some facts earlier still: the button widens to the oldest.
  await pictures.scopeNote.getByRole('button', { name: /^Show \d{4}–\d{4}$/ }).click();
  await expect.poll(async () => Math.min(...(await pictures.axisYears()))).toBeLessThanOrEqual(1800);
  expect(Number(await pictures.panel.getByLabel('From year').inputValue())).toBeLessThanOrEqual(1786);
});
