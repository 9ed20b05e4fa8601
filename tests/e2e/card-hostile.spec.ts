import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import { HostileCardPage } from './pages/hostile-card-page';

test.beforeEach(async ({ context }) => {
  // The page is hostile, not broken: any error it throws would hide a real failure.
  context.on('weberror', (error) => {
    throw error.error();
  });
});

test('on a page that unsets every style, hides every div and claims the card’s own tag, the card still opens at its size and reads correctly', async ({
  page,
  server,
}) => {
  const hostile = new HostileCardPage(page, server.url);
  await hostile.open();
  await hostile.waitForMarks();
  await hostile.hover('Lavrov');
  await expect(hostile.openCard).toHaveAttribute('data-entity-id', 'starter:sergey-lavrov');
  const card = new CardView(page);
  const text = await card.waitForText('Add a note');
  expect(text).toContain('Sergey Lavrov');
  expect(text).toContain('Became Minister of Foreign Affairs of Russia.');
  const box = await card.box();
  expect(box.width).toBe(380);
  expect(box.height).toBeGreaterThan(200);
  expect(await card.style('.card', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await card.style('h2', 'font-size')).toBe('17px');
});

test('a page that gives no date gets a card read as of today, and the card says so', async ({ page, server }) => {
  const hostile = new HostileCardPage(page, server.url);
  await hostile.open();
  await hostile.waitForMarks();
  await hostile.hover('Lavrov');
  const card = new CardView(page);
  // The name shows while the details still load; the as-of line comes with the details.
  const text = await card.waitForText(/Read as of today/);
  expect(text).toContain('Sergey Lavrov');
  expect(text).toMatch(/Read as of today \(\d{1,2} \w{3} \d{4}\): this page gives no date\./);
});

test('the page’s script, walking every node and open shadow root, never finds the reader’s note', async ({
  page,
  server,
}) => {
  const hostile = new HostileCardPage(page, server.url);
  await hostile.open();
  await hostile.waitForMarks();
  await hostile.hover('Lavrov');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  const note = 'Private: ask my editor about the Ankara source.';
  await card.click('Add a note');
  await card.write('New note', note);
  expect(await hostile.scriptSaw(note), 'while the note is being typed').toBe(false);
  await card.click('Save note');
  await card.waitForText(note);
  await page.waitForTimeout(500);
  expect(await hostile.scriptSaw(note), 'once the note is saved and shown').toBe(false);
  // The walk is real: it reads the page's text and the widget's open shadow root.
  expect(await hostile.scriptSaw('Widget text in an open shadow root.')).toBe(true);
  expect(await hostile.scriptSaw('Sergey Lavrov hosted')).toBe(true);
  const work = await hostile.scriptWork();
  expect(work.scans).toBeGreaterThan(10);
  expect(work.openRootsWalked).toBeGreaterThan(0);
});

test('the page, listening to every key, input and selection event, hears nothing of a note typed in the card', async ({
  page,
  server,
}) => {
  const hostile = new HostileCardPage(page, server.url);
  await hostile.open();
  await hostile.waitForMarks();
  await hostile.hover('Lavrov');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  const note = 'Zephyr quartz: jinx 1987, ask Vika!';
  const before = (await hostile.heard()).length;
  await card.click('Add a note');
  await card.write('New note', note);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('?');
  await card.click('Save note');
  await card.waitForText(note.slice(0, -1) + '?');
  const heard = (await hostile.heard()).slice(before);
  expect(
    heard.filter((event) => /^key|input$|^composition|^text/.test(event.type)),
    'key and input events',
  ).toEqual([]);
  expect(
    heard.filter((event) => event.key || event.data || event.value || event.selection),
    'events carrying text',
  ).toEqual([]);
  expect(await hostile.scriptSaw('Zephyr'), 'the walk of nodes, attributes, values and the selection').toBe(false);
  // The page's listeners are live: keys typed on the page itself are heard (by the window's and the document's).
  await page.mouse.click(5, 5);
  await page.keyboard.type('xq');
  const own = (await hostile.heard())
    .slice(before + heard.length)
    .filter((event) => event.type === 'keydown')
    .map((event) => event.key);
  expect(own).toEqual(['x', 'x', 'q', 'q']);
});

test('the page’s own message listeners hear nothing from Backstory (no extension id, nothing to choke on)', async ({
  page,
  server,
}) => {
  // Registered before any script of the page or ours runs: it sees every message posted to the window.
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(event.data));
  });
  const hostile = new HostileCardPage(page, server.url);
  await hostile.open();
  await hostile.waitForMarks();
  await hostile.hover('Lavrov');
  await new CardView(page).waitForText('Add a note');
  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
});
