import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';

/** The demo article is dated 4 January 2017 (article:published_time). */
const AS_OF = 'Read as of 4 Jan 2017, the article’s date.';

const inOrder = (text: string, parts: string[]) => parts.map((part) => text.indexOf(part));

test('Rouhani’s card, read at the article’s date, lists his presidency first, marked changed since 2021, and his re-election as later', async ({
  demo,
  page,
}) => {
  await demo.hover('Rouhani', ' Rouhani spoke');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:hassan-rouhani');
  const card = new CardView(page);
  await card.waitForText('Served as President of Iran');
  const text = await card.text();
  expect(text).toContain(AS_OF);
  expect(text).toMatch(/Leads Iran[\s\S]*3 Aug 2013 – 3 Aug 2021[\s\S]*changed since 3 Aug 2021/);
  const [president, council, reelection] = inOrder(text, [
    'Served as President of Iran for two terms.',
    "Was secretary of Iran's Supreme National Security Council",
    'Won re-election to a second presidential term.',
  ]);
  expect(president).toBeGreaterThan(-1);
  expect(council).toBeGreaterThan(president!);
  expect(reelection).toBeGreaterThan(council!);
  expect(text).toMatch(/changed since 3 Aug 2021\s*Served as President/);
  expect(text).toMatch(/later\s*Won re-election/);
});

test('Palmyra’s card tells its changes of hands in order, and marks the 2017 recapture as later', async ({
  demo,
  page,
}) => {
  await demo.hover('Palmyra', 'swept back into Palmyra');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:palmyra');
  const card = new CardView(page);
  await card.waitForText(/Events here/i);
  const text = await card.text();
  const positions = inOrder(text, [
    'May 2015',
    'Was captured by the Islamic State',
    '2 Mar 2017',
    'Was recaptured by the Syrian army',
  ]);
  expect(positions.every((at, i) => at > (positions[i - 1] ?? -1))).toBe(true);
  expect(text).toMatch(/later\s*Was recaptured by the Syrian army/);
  expect(text).toMatch(/Mar 2016 – 27 Mar 2016\s*Palmyra offensive \(March 2016\)/);
  expect(text).toMatch(/8 Dec 2016 – 22 Dec 2016\s*Palmyra offensive \(December 2016\)/);
});

test('the United States’ card names Obama as its leader on the article’s date, and not Trump', async ({
  demo,
  page,
}) => {
  await demo.hover('United States', 'interest in the United States');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:united-states');
  const card = new CardView(page);
  await card.waitForText(/Leaders on 4 Jan 2017/i);
  const leaders = (await card.text()).split(/Leaders on 4 Jan 2017/i)[1]!.split(/\n[A-Z ]{4,}\n/)[0]!;
  expect(leaders).toContain('Barack Obama');
  expect(leaders).toContain('changed since 20 Jan 2017');
  expect(leaders).not.toContain('Donald Trump');
});

test('an event’s card gives its dates, its place, who took part and its outcome', async ({ demo, page }) => {
  await demo.hover('fall of Eastern Aleppo');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:fall-of-eastern-aleppo');
  const card = new CardView(page);
  await card.waitForText('Outcome');
  const text = await card.text();
  expect(text).toMatch(/When\s*15 Nov 2016 – 22 Dec 2016/);
  expect(text).toMatch(/Where\s*Eastern Aleppo/);
  expect(text).toMatch(/Who\s*[\s\S]*Russia/);
  expect(text).toMatch(/Outcome\s*The army announced full control of Aleppo/);
});

test('every fact shows its source’s site as a link, and every link in the card is a web address', async ({
  demo,
  page,
}) => {
  await demo.hover('Rouhani', ' Rouhani spoke');
  const card = new CardView(page);
  await card.waitForText('Served as President of Iran');
  const links = await card.links();
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const href of links) expect(href).toMatch(/^https?:\/\//);
  expect(await card.text()).toContain('en.wikipedia.org');
  const names = await card.inShadow(
    (root) => [...root.querySelectorAll('.source a')].map((a) => a.textContent ?? ''),
    undefined,
  );
  expect(names.length).toBeGreaterThanOrEqual(3);
  expect(
    names.filter((name) => /^[\w.-]+\.(org|com|net)$/.test(name)),
    'links named by their host',
  ).toEqual([]);
});

test('the timeline of dated facts and events is drawn as one labelled image', async ({ demo, page }) => {
  await demo.hover('Rouhani', ' Rouhani spoke');
  const card = new CardView(page);
  await card.waitForText('Served as President of Iran');
  const label = await card.inShadow(
    (root) => root.querySelector('svg.timeline')?.getAttribute('aria-label') ?? '',
    undefined,
  );
  expect(label).toMatch(/^Timeline of \d+ dated facts and events, 1989 to 2022, with 4 Jan 2017 marked$/);
});

test('choosing a related actor that the page also mentions moves to its mention and opens its card', async ({
  demo,
  page,
}) => {
  await demo.hover('Rouhani', ' Rouhani spoke');
  const card = new CardView(page);
  await card.waitForText('Leads Iran');
  await card.click('Iran, on this page: go to its mention');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:iran');
  await card.waitForText(/Leaders on 4 Jan 2017/i);
});
