import { readFileSync } from 'node:fs';
import { expectedMentions, expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import type { DemoArticle } from './pages/demo-article';

const LAVROV = 'starter:sergey-lavrov';

const starterPack = JSON.parse(readFileSync(new URL('../../lib/packs/starter-pack.json', import.meta.url), 'utf8')) as {
  entities: { id: string; name: string; summary: string }[];
};
const lavrov = starterPack.entities.find((entity) => `starter:${entity.id}` === LAVROV)!;

async function openLavrov(demo: DemoArticle): Promise<CardView> {
  await demo.hover('Lavrov');
  expect(await demo.waitForOpenCard()).toBe(LAVROV);
  const card = new CardView(demo.page);
  await card.waitForText('Add a note');
  return card;
}

// Opening and closing cards changes nothing in the store, so those tests share one Firefox.

test('resting the pointer on a marked name opens its card, and moving away closes it', async ({ sharedDemo: demo }) => {
  const card = await openLavrov(demo);
  const text = await card.text();
  expect(text).toContain(lavrov.name);
  expect(text).toContain(lavrov.summary);
  await demo.moveAway();
  await demo.waitForClosedCard();
});

test('the next-mention shortcut opens a card that takes the keyboard focus, and Escape closes it', async ({
  sharedDemo: demo,
  sharedFirefox: firefox,
}) => {
  await demo.page.bringToFront();
  await firefox.pressShortcut('next-mention');
  const entityId = await demo.waitForOpenCard();
  expect(expectedMentions.mustMark.map((mention) => `starter:${mention.entityId}`)).toContain(entityId);
  const card = new CardView(demo.page);
  await expect.poll(() => card.focused(), { timeout: 10_000 }).toBe('card');
  expect(await demo.focusedElement()).toBe('backstory-card-host');
  await demo.page.keyboard.press('Escape');
  await demo.waitForClosedCard();
});

test('a note written in the card is saved and still there after a reload', async ({ demo }) => {
  const note = 'Check what Lavrov said about Astana on 29 December.';
  const card = await openLavrov(demo);
  await card.click('Add a note');
  await card.write('New note', note);
  await card.click('Save note');
  await card.waitForText(note);
  await demo.page.reload();
  await demo.waitForMarks();
  const again = await openLavrov(demo);
  await again.waitForText(note);
});
